import type { Page } from '@playwright/test';
import {
  enterCode,
  expect,
  mailTo,
  secondFactor,
  sendCode,
  signInWithPassword,
  test,
  UI_URL,
  waitForCode,
  whoami,
} from './fixtures';

const message = (page: Page) => page.getByTestId('second-factor-message');

async function expectAal2(page: Page) {
  const session = await whoami(page.request);
  expect(session.status).toBe(200);
  expect(session.aal).toBe('aal2');
  expect(session.methods).toEqual(['password', 'code']);
}

async function expectAal1(page: Page) {
  // With highest_available, Kratos refuses whoami for an aal1 session that could be aal2.
  expect((await whoami(page.request)).status).toBe(403);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`happy path (JS ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });

    test('password, one clear prompt, send code, enter code, home with aal2', async ({
      page,
      user,
    }) => {
      await signInWithPassword(page, user);
      await expect(secondFactor(page)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Two-step verification' })).toBeVisible();
      await expect(secondFactor(page)).toContainText(`Signing in as ${user.email}`);
      await expect(message(page)).toHaveCount(1);
      await expect(message(page)).toHaveAttribute('data-message-id', '1010004');
      await expectAal1(page);

      const code = await sendCode(page, user.email);
      await expect(message(page)).toHaveCount(1);
      await expect(message(page)).toHaveAttribute('data-message-id', '1010014');
      const input = page.getByLabel('Code from the email');
      await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
      await expect(input).toHaveAttribute('inputmode', 'numeric');

      await enterCode(page, code);
      await expect(page).toHaveURL(`${UI_URL}/`);
      await expect(page.getByTestId('session')).toHaveAttribute('data-aal', 'aal2');
      await expect(page.getByTestId('session')).toHaveAttribute('data-methods', 'password,code');
      await expectAal2(page);
    });
  });
}

test.describe('messages', () => {
  test('aal=aal2&refresh=true on an aal1 session shows only the second-factor prompt', async ({
    page,
    user,
  }) => {
    await signInWithPassword(page, user);
    await expect(secondFactor(page)).toBeVisible();
    await page.goto('/login?aal=aal2&refresh=true');
    await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
    // Kratos sends 1010003 and 1010004 here; we show exactly one, the relevant one.
    await expect(message(page)).toHaveCount(1);
    await expect(message(page)).toHaveAttribute('data-message-id', '1010004');
    await expect(
      page.getByText('Please confirm this action by verifying that it is you.'),
    ).toHaveCount(0);
    await expectAal1(page);
  });

  test('a refresh of an aal2 session shows the re-authentication prompt', async ({
    page,
    user,
  }) => {
    await signInWithPassword(page, user);
    await enterCode(page, await sendCode(page, user.email));
    await expectAal2(page);
    await page.goto('/login?aal=aal2&refresh=true');
    await expect(page.getByRole('heading', { name: 'Confirm it is you' })).toBeVisible();
    await expect(message(page)).toHaveCount(1);
    await expect(message(page)).toHaveAttribute('data-message-id', '1010003');
    await enterCode(page, await sendCode(page, user.email));
    await expect(page).toHaveURL(`${UI_URL}/`);
    // Kratos appends the refreshed factor to the session's methods.
    const session = await whoami(page.request);
    expect(session.aal).toBe('aal2');
    expect(session.methods).toEqual(['password', 'code', 'code']);
  });
});

test.describe('entry points', () => {
  test('/settings with an aal1 session goes through the 2FA screen and comes back', async ({
    page,
    user,
  }) => {
    await signInWithPassword(page, user);
    await expect(secondFactor(page)).toBeVisible();
    await page.goto('/settings');
    await expect(secondFactor(page)).toBeVisible();
    await enterCode(page, await sendCode(page, user.email));
    await expect(page).toHaveURL(/\/settings\?flow=/);
    await expect(page.getByRole('heading', { name: 'Account settings' })).toBeVisible();
    await expectAal2(page);
  });

  test('/login?aal=aal2 with return_to lands on return_to after the code', async ({
    page,
    user,
  }) => {
    await signInWithPassword(page, user);
    await expect(secondFactor(page)).toBeVisible();
    const returnTo = `${UI_URL}/settings`;
    await page.goto(`/login?aal=aal2&return_to=${encodeURIComponent(returnTo)}`);
    await enterCode(page, await sendCode(page, user.email));
    await expect(page).toHaveURL(/\/settings\?flow=/);
    await expectAal2(page);
  });

  test('password login with return_to keeps it through the second factor', async ({
    page,
    user,
  }) => {
    await signInWithPassword(page, user, `?return_to=${encodeURIComponent(`${UI_URL}/settings`)}`);
    await expect(secondFactor(page)).toBeVisible();
    await enterCode(page, await sendCode(page, user.email));
    await expect(page).toHaveURL(/\/settings\?flow=/);
    await expectAal2(page);
  });
});

test.describe('codes', () => {
  test('a wrong code shows the error on the field, then the right code works', async ({
    page,
    user,
  }) => {
    await signInWithPassword(page, user);
    const code = await sendCode(page, user.email);
    const wrong = code === '000000' ? '111111' : '000000';
    await enterCode(page, wrong);
    await expect(message(page)).toHaveCount(1);
    await expect(message(page)).toHaveAttribute('data-message-id', '4010008');
    const input = page.getByLabel('Code from the email');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAttribute('aria-describedby', 'code-error');
    await expect(page.locator('#code-error')).toHaveAttribute('role', 'alert');
    await expectAal1(page);
    await enterCode(page, code);
    await expect(page).toHaveURL(`${UI_URL}/`);
    await expectAal2(page);
  });

  test('pasted spaces are stripped', async ({ page, user }) => {
    await signInWithPassword(page, user);
    const code = await sendCode(page, user.email);
    await enterCode(page, `${code.slice(0, 3)} ${code.slice(3)} `);
    await expect(page).toHaveURL(`${UI_URL}/`);
    await expectAal2(page);
  });

  test('Enter in the code field submits the code, never a resend', async ({ page, user }) => {
    await signInWithPassword(page, user);
    const code = await sendCode(page, user.email);
    const mails = (await mailTo(user.email)).length;
    await page.getByLabel('Code from the email').fill(code);
    await page.getByLabel('Code from the email').press('Enter');
    await expect(page).toHaveURL(`${UI_URL}/`);
    await expectAal2(page);
    expect((await mailTo(user.email)).length).toBe(mails);
  });

  test('resend: a cooldown, then the old code fails and the new one works', async ({
    page,
    user,
  }) => {
    await signInWithPassword(page, user);
    const oldCode = await sendCode(page, user.email);
    const resend = page.getByTestId('resend-code');
    await expect(resend).toBeDisabled();
    await expect(resend).toContainText(/\(\d+ seconds?\)/);
    // The cooldown is a courtesy, not a lock: skip the wait by posting the form as a no-JS browser would.
    await resend.evaluate((b: HTMLButtonElement) => (b.disabled = false));
    const before = (await mailTo(user.email)).length;
    await resend.click();
    const newCode = await waitForCode(user.email, before);
    expect(newCode).not.toBe(oldCode);
    await expect(message(page)).toHaveAttribute('data-message-id', '1010014');
    await enterCode(page, oldCode);
    await expect(message(page)).toHaveAttribute('data-message-id', '4010008');
    await expectAal1(page);
    await enterCode(page, newCode);
    await expect(page).toHaveURL(`${UI_URL}/`);
    await expectAal2(page);
  });

  test.describe('without JS', () => {
    test.use({ javaScriptEnabled: false });
    test('resend works and the required code field does not block it', async ({ page, user }) => {
      await signInWithPassword(page, user);
      await sendCode(page, user.email);
      const before = (await mailTo(user.email)).length;
      await page.getByTestId('resend-code').click();
      const newCode = await waitForCode(user.email, before);
      await enterCode(page, newCode);
      await expect(page).toHaveURL(`${UI_URL}/`);
      await expectAal2(page);
    });
  });

  test('a tampered address is refused (4000035) and the session stays aal1', async ({
    page,
    user,
  }) => {
    await signInWithPassword(page, user);
    const button = page.getByRole('button', { name: `Send code to ${user.email}` });
    await button.evaluate((b: HTMLButtonElement) => (b.value = 'attacker@example.org'));
    await button.click();
    await expect(message(page)).toHaveAttribute('data-message-id', '4000035');
    await expect(secondFactor(page)).toBeVisible();
    expect(await mailTo('attacker@example.org')).toHaveLength(0);
    await expectAal1(page);
    // The user can still go on with their own address.
    await enterCode(page, await sendCode(page, user.email));
    await expectAal2(page);
  });

  test('attempts used up: a fresh flow is started, the user is told why, and can finish', async ({
    page,
    user,
  }) => {
    await signInWithPassword(page, user);
    const code = await sendCode(page, user.email);
    const wrong = code === '000000' ? '111111' : '000000';
    const firstUrl = page.url();
    for (let i = 0; i < 6; i++) {
      if ((await secondFactor(page).getAttribute('data-step')) !== 'enter-code') break;
      await enterCode(page, wrong);
    }
    await expect(message(page)).toHaveAttribute('data-message-id', 'attempts');
    await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
    expect(page.url()).not.toBe(firstUrl);
    await expectAal1(page);
    await enterCode(page, await sendCode(page, user.email));
    await expect(page).toHaveURL(`${UI_URL}/`);
    await expectAal2(page);
  });
});

test.describe('recovery', () => {
  test('an unknown flow id starts a fresh aal2 flow', async ({ page, user }) => {
    await signInWithPassword(page, user);
    await expect(secondFactor(page)).toBeVisible();
    await page.goto('/login?flow=00000000-0000-4000-8000-000000000000&aal=aal2');
    await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
    await enterCode(page, await sendCode(page, user.email));
    await expectAal2(page);
  });

  test('a malformed flow id starts a fresh flow', async ({ page }) => {
    const res = await page.goto('/login?flow=%3Cscript%3E');
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  test('cookies cleared mid-flow go back to the first-factor login', async ({
    page,
    context,
    user,
  }) => {
    await signInWithPassword(page, user);
    const code = await sendCode(page, user.email);
    await context.clearCookies();
    await enterCode(page, code);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Password')).toBeVisible();
    expect((await whoami(page.request)).status).toBe(401);
  });

  test('a forged CSRF token starts a fresh aal2 flow and says why', async ({ page, user }) => {
    await signInWithPassword(page, user);
    const code = await sendCode(page, user.email);
    await page
      .locator('input[name=csrf_token]')
      .evaluate((i: HTMLInputElement) => (i.value = 'forged'));
    await enterCode(page, code);
    await expect(message(page)).toHaveAttribute('data-message-id', 'csrf');
    await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
    await expectAal1(page);
    await enterCode(page, await sendCode(page, user.email));
    await expectAal2(page);
  });

  test('cancel signs out through Kratos', async ({ page, user }) => {
    await signInWithPassword(page, user);
    await expect(secondFactor(page)).toBeVisible();
    await page.getByRole('button', { name: 'Cancel and sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    expect((await whoami(page.request)).status).toBe(401);
  });
});
