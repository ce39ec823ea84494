import type { Page } from '@playwright/test';
import {
  expect,
  expectNoViolations,
  findIdentity,
  mailTo,
  test,
  uniqueEmail,
  UI_URL,
  waitForCode,
  whoami,
} from './fixtures';

// Passwordless email code as the first factor: npm test runs these against a Kratos started with
// selfservice.methods.code.passwordless_enabled=true and mfa_enabled=false
// (scripts/lib/kratos-configs.mjs).

const screen = (page: Page) => page.getByTestId('email-code');
const message = (page: Page) => page.getByTestId('second-factor-message');
const field = (page: Page) => page.getByLabel('Code from the email');

async function requestSignInCode(page: Page, email: string): Promise<string> {
  await page.goto('/login');
  await page.getByLabel('E-Mail').fill(email);
  const before = (await mailTo(email)).length;
  await page.getByRole('button', { name: 'Send sign in code' }).click();
  await expect(screen(page)).toBeVisible();
  return waitForCode(email, before);
}

async function submitCode(page: Page, code: string) {
  await field(page).fill(code);
  await field(page).press('Enter');
}

async function expectSignedIn(page: Page, email: string) {
  await expect(page).toHaveURL(`${UI_URL}/`);
  const session = await whoami(page.request);
  expect(session.status).toBe(200);
  expect(session.email).toBe(email);
  expect(session.methods).toEqual(['code']);
}

const other = (code: string) => (code === '000000' ? '111111' : '000000');

for (const javaScriptEnabled of [true, false]) {
  test.describe(`passwordless code @passwordless (JS ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });
    // axe runs inside the page, so it needs JavaScript; the server sends the same markup either way.

    test('registration by code', async ({ page }) => {
      const email = uniqueEmail('newcomer');
      await page.goto('/registration');
      if (javaScriptEnabled) await expectNoViolations(page, 'registration with code');
      await page.getByLabel('E-Mail').fill(email);
      const before = (await mailTo(email)).length;
      await page.getByRole('button', { name: 'Send sign up code' }).click();
      await expect(screen(page)).toHaveAttribute('data-flow', 'registration');
      await expect(message(page)).toHaveText(`We sent a code to ${email}.`);
      const code = await waitForCode(email, before);
      // A wrong code first: the error on the field, and nothing is created.
      await submitCode(page, other(code));
      await expect(message(page)).toHaveAttribute('data-message-id', '4040003');
      await expect(field(page)).toHaveAttribute('aria-invalid', 'true');
      expect(await findIdentity(email)).toBeUndefined();
      await submitCode(page, code);
      await expectSignedIn(page, email);
      expect(await findIdentity(email)).toBeDefined();
    });

    test('sign-in: "We sent a code to …", a wrong code, Enter submits the right one', async ({
      page,
      user,
    }) => {
      const code = await requestSignInCode(page, user.email);
      await expect(screen(page)).toHaveAttribute('data-flow', 'login');
      await expect(message(page)).toHaveCount(1);
      await expect(message(page)).toHaveText(`We sent a code to ${user.email}.`);
      await expect(field(page)).toHaveAttribute('autocomplete', 'one-time-code');
      if (javaScriptEnabled) await expectNoViolations(page, 'passwordless code screen');
      await submitCode(page, other(code));
      await expect(message(page)).toHaveAttribute('data-message-id', '4010008');
      await expect(field(page)).toHaveAttribute('aria-describedby', 'code-error');
      if (javaScriptEnabled) await expectNoViolations(page, 'passwordless wrong code');
      expect((await whoami(page.request)).status).toBe(401);
      const mails = (await mailTo(user.email)).length;
      await submitCode(page, code);
      await expectSignedIn(page, user.email);
      // Enter submitted the code; it did not ask for another.
      expect((await mailTo(user.email)).length).toBe(mails);
    });

    test('resend: the old code fails, the new one works', async ({ page, user }) => {
      const oldCode = await requestSignInCode(page, user.email);
      const resend = page.getByTestId('resend-code');
      if (javaScriptEnabled) {
        await expect(resend).toBeDisabled();
        // The cooldown is a courtesy, not a lock: post as a browser without JS would.
        await resend.evaluate((b: HTMLButtonElement) => (b.disabled = false));
      }
      const before = (await mailTo(user.email)).length;
      await resend.click();
      const newCode = await waitForCode(user.email, before);
      expect(newCode).not.toBe(oldCode);
      await expect(message(page)).toHaveAttribute('data-message-id', '1010014');
      await submitCode(page, oldCode);
      await expect(message(page)).toHaveAttribute('data-message-id', '4010008');
      await submitCode(page, newCode);
      await expectSignedIn(page, user.email);
    });

    test('attempts used up: a fresh sign-in, the user is told why, and can finish', async ({
      page,
      user,
    }) => {
      const code = await requestSignInCode(page, user.email);
      for (let i = 0; i < 6 && (await screen(page).count()); i++) {
        const loaded = page.waitForEvent('load');
        await submitCode(page, other(code));
        await loaded;
      }
      await expect(page.getByText('Too many attempts with that code')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Send sign in code' })).toBeVisible();
      expect((await whoami(page.request)).status).toBe(401);
      await submitCode(page, await requestSignInCode(page, user.email));
      await expectSignedIn(page, user.email);
    });

    test('a forged CSRF token or an unknown flow starts a fresh sign-in', async ({
      page,
      user,
    }) => {
      const code = await requestSignInCode(page, user.email);
      await page
        .locator('input[name=csrf_token]')
        .first()
        .evaluate((i: HTMLInputElement) => (i.value = 'forged'));
      await submitCode(page, code);
      await expect(page.getByText('Your sign-in form had become invalid')).toBeVisible();
      expect((await whoami(page.request)).status).toBe(401);
      await page.goto('/login?flow=00000000-0000-4000-8000-000000000000');
      await expect(page.getByRole('button', { name: 'Send sign in code' })).toBeVisible();
      if (javaScriptEnabled) await expectNoViolations(page, 'passwordless sign-in');
      await submitCode(page, await requestSignInCode(page, user.email));
      await expectSignedIn(page, user.email);
    });
  });
}
