import {
  dropSession,
  enableBackupCodes,
  enterCode,
  expect,
  freshTotpCode,
  linkTotp,
  mailTo,
  openSettings,
  signInFully,
  secondFactor,
  sendCode,
  signInWithPassword,
  test,
  waitForCode,
} from './fixtures';
import { expectNoViolations } from './fixtures/axe';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('signed-out pages', async ({ page }) => {
      for (const path of [
        '/login',
        '/registration',
        '/verification',
        '/recovery',
        '/error?id=unknown',
        '/',
        '/language?return_to=/login',
      ]) {
        await page.goto(path);
        await expectNoViolations(page, path);
      }
    });

    test('the 2FA screen in both states, settings and home', async ({ page, user }) => {
      await signInWithPassword(page, user);
      await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
      await expectNoViolations(page, '2FA choose');
      const code = await sendCode(page, user.email);
      await expectNoViolations(page, '2FA enter code');
      await enterCode(page, code === '000000' ? '111111' : '000000');
      await expect(page.locator('#code-error')).toBeVisible();
      await expectNoViolations(page, '2FA wrong code');
      await enterCode(page, code);
      await expect(page.getByTestId('session')).toHaveAttribute('data-aal', 'aal2');
      await expectNoViolations(page, 'home');
      await page.goto('/settings');
      await expectNoViolations(page, 'settings');
    });

    test('the 2FA screen with several factors: each step and the open list', async ({
      page,
      user,
    }) => {
      await signInFully(page, user);
      await openSettings(page);
      const secret = await linkTotp(page);
      await enableBackupCodes(page);
      await dropSession(page);
      await signInWithPassword(page, user);
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'totp');
      await page.getByTestId('other-methods').getByText('Use another method').click();
      await expectNoViolations(page, '2FA authenticator app, list open');
      const wrong = (await freshTotpCode(secret)) === '000000' ? '111111' : '000000';
      await page.getByLabel('Authentication code').fill(wrong);
      await page.getByLabel('Authentication code').press('Enter');
      await expect(page.getByLabel('Authentication code')).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, '2FA authenticator app, wrong code');
      await page.getByTestId('other-methods').getByText('Use another method').click();
      await page.getByRole('link', { name: 'Backup code' }).click();
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'lookup_secret');
      await expectNoViolations(page, '2FA backup code');
    });
  });
}

test('keyboard only: password and email code sign-in', async ({ page, user }) => {
  await page.goto('/login');
  // Tab from the top of the page to the e-mail field, then type and submit with the keyboard.
  await page.keyboard.press('Tab');
  for (
    let i = 0;
    i < 10 && !(await page.getByLabel('E-Mail').evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByLabel('E-Mail')).toBeFocused();
  await page.keyboard.type(user.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(user.password);
  await page.keyboard.press('Enter');
  await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
  const send = page.getByRole('button', { name: `Send code to ${user.email}` });
  for (let i = 0; i < 10 && !(await send.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(send).toBeFocused();
  const before = (await mailTo(user.email)).length;
  await page.keyboard.press('Enter');
  // Focus lands on the code field by itself.
  await expect(page.getByLabel('Code from the email')).toBeFocused();
  await page.keyboard.type(await waitForCode(user.email, before));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('session')).toHaveAttribute('data-aal', 'aal2');
});

test('focus moves to the first field with an error', async ({ page }) => {
  await page.goto('/registration');
  await page.getByLabel('E-Mail').fill(`focus-${Date.now()}@example.org`);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Sign up', exact: true }).click();
  const password = page.getByLabel('Password');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toBeFocused();
});
