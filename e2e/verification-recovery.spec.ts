import type { Page } from '@playwright/test';
import {
  createUnverifiedIdentity,
  deleteIdentity,
  enterCode,
  expect,
  findIdentity,
  getIdentity,
  mailTo,
  SAVED,
  secondFactor,
  sendCode,
  settingsSection,
  signInWithPassword,
  test,
  uniqueEmail,
  waitForCode,
  whoami,
} from './fixtures';

const status = (page: Page) => page.getByRole('status').first();
const alert = (page: Page) => page.getByRole('alert').first();

async function verified(id: string) {
  return (await getIdentity(id)).verifiable_addresses?.[0]?.verified;
}

/** Presses "Resend code" and returns the new code (the old one stops working). */
async function resend(page: Page, email: string): Promise<string> {
  const before = (await mailTo(email)).length;
  await page.getByRole('button', { name: 'Resend code' }).click();
  return waitForCode(email, before);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`verification by emailed code (JS ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });

    test('wrong code, resend, old code refused, new code verifies', async ({ page }) => {
      const user = await createUnverifiedIdentity(uniqueEmail('verify'));
      try {
        await page.goto('/verification');
        await expect(page.getByRole('heading', { name: 'Verify your email' })).toBeVisible();
        await page.getByLabel('Email').fill(user.email);
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(status(page)).toContainText(
          'An email containing a verification code has been sent',
        );
        const first = await waitForCode(user.email);

        await page.getByLabel('Verification code').fill(first === '000000' ? '111111' : '000000');
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(alert(page)).toContainText(
          'The verification code is invalid or has already been used.',
        );
        expect(await verified(user.id)).toBe(false);

        // "Resend code" must work although the code field is required and empty.
        const second = await resend(page, user.email);
        expect(second).not.toBe(first);
        await page.getByLabel('Verification code').fill(first);
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(alert(page)).toContainText('invalid or has already been used');
        expect(await verified(user.id)).toBe(false);

        await page.getByLabel('Verification code').fill(second);
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(status(page)).toContainText('You successfully verified your email address.');
        expect(await verified(user.id)).toBe(true);
        // Verifying never signs anyone in.
        expect((await whoami(page.request)).status).toBe(401);
      } finally {
        await deleteIdentity(user.id);
      }
    });
  });
}

test('verification of an address nobody has says the same and sends nothing', async ({ page }) => {
  const email = uniqueEmail('nobody');
  await page.goto('/verification');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  // No account enumeration: the same message as for a real address.
  await expect(status(page)).toContainText('An email containing a verification code has been sent');
  await page.waitForTimeout(1500);
  expect(await mailTo(email)).toHaveLength(0);
  expect(await findIdentity(email)).toBeUndefined();
});

// The alternate-config Kratos (npm test's second pass) gives codes a 10 s lifespan.
const codeLifespan = Number(process.env.E2E_CODE_LIFESPAN_MS ?? 10_000);
test('an expired verification code is refused; a new code works @alt-kratos-config', async ({
  page,
}) => {
  test.setTimeout(codeLifespan + 90_000);
  const user = await createUnverifiedIdentity(uniqueEmail('expired'));
  try {
    await page.goto('/verification');
    await page.getByLabel('Email').fill(user.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    const code = await waitForCode(user.email);
    await page.waitForTimeout(codeLifespan + 1_000);
    await page.getByLabel('Verification code').fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
    // Kratos drops the expired code and starts over at the address form.
    await expect(alert(page)).toContainText('The interaction expired. Please try again.');
    expect(await verified(user.id)).toBe(false);
    const before = (await mailTo(user.email)).length;
    await page.getByLabel('Email').fill(user.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Verification code').fill(await waitForCode(user.email, before));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(status(page)).toContainText('You successfully verified your email address.');
    expect(await verified(user.id)).toBe(true);
  } finally {
    await deleteIdentity(user.id);
  }
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`recovery by emailed code (JS ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });

    test('code, then a new password in settings, and the new password works', async ({
      page,
      user,
    }) => {
      await page.goto('/login');
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await expect(page.getByRole('heading', { name: 'Recover your account' })).toBeVisible();
      await page.getByLabel('Email').fill(user.email);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(status(page)).toContainText('An email containing a recovery code has been sent');
      const first = await waitForCode(user.email);

      await page.getByLabel('Recovery code').fill(first === '000000' ? '111111' : '000000');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(alert(page)).toContainText(
        'The recovery code is invalid or has already been used.',
      );
      expect((await whoami(page.request)).status).toBe(401);

      const second = await resend(page, user.email);
      await page.getByLabel('Recovery code').fill(second);
      await page.getByRole('button', { name: 'Continue' }).click();

      // The recovery session is one factor; this identity owes the emailed second factor.
      await expect(secondFactor(page)).toBeVisible();
      await enterCode(page, await sendCode(page, user.email));
      await expect(page).toHaveURL(/\/settings\?flow=/);
      await expect(page.getByTestId('settings')).toContainText(
        'You successfully recovered your account.',
      );
      const next = 'Recovered-Sturdy-Passphrase-5150';
      await settingsSection(page, 'password').getByLabel('Password').fill(next);
      await settingsSection(page, 'password').getByRole('button', { name: 'Save' }).click();
      await expect(settingsSection(page, 'password').getByText(SAVED)).toBeVisible();

      // Signed out, the old password fails and the new one works.
      await page.context().clearCookies();
      await page.goto('/login');
      await page.getByLabel('E-Mail').fill(user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: /^Sign in( with password)?$/ }).click();
      await expect(alert(page)).toContainText(/credentials are invalid/i);
      await signInWithPassword(page, { ...user, password: next });
      await expect(secondFactor(page)).toBeVisible();
      expect((await whoami(page.request)).status).toBe(403);
    });
  });
}

test('recovery for an address nobody has says the same and sends nothing', async ({ page }) => {
  const email = uniqueEmail('nobody');
  await page.goto('/recovery');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(status(page)).toContainText('An email containing a recovery code has been sent');
  await page.waitForTimeout(1500);
  expect(await mailTo(email)).toHaveLength(0);
  expect(await findIdentity(email)).toBeUndefined();
  expect((await whoami(page.request)).status).toBe(401);
});
