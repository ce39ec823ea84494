import {
  expect,
  findIdentity,
  mailTo,
  secondFactor,
  signInWithPassword,
  test,
  uniqueEmail,
  waitForMail,
  whoami,
  TEST_PASSWORD,
} from './fixtures';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`register, sign out, sign in (JS ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });

    test('a new user registers, gets a verification mail, signs out and reaches the second factor', async ({
      page,
    }) => {
      const email = uniqueEmail('reg');
      await page.goto('/registration');
      await expect(page.getByRole('heading', { name: 'Create an account' })).toBeVisible();
      await page.getByLabel('E-Mail').fill(email);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign up', exact: true }).click();

      // Kratos's show_verification_ui hook sends the user to the verification screen.
      await expect(page).toHaveURL(/\/verification\?flow=/);
      await expect(page.getByRole('heading', { name: 'Verify your email' })).toBeVisible();
      const mail = await waitForMail(email);
      expect(mail.subject).toMatch(/verify/i);
      expect(await findIdentity(email)).toBeTruthy();
      const session = await whoami(page.request);
      // A registration session is aal1; with mfa_enabled Kratos wants aal2 for whoami.
      expect(session.status).toBe(403);

      // Sign out from the 2FA prompt of the home page.
      await page.goto('/');
      await expect(secondFactor(page)).toBeVisible();
      await page.getByTestId('sign-out').click();
      await expect(page).toHaveURL(/\/login/);
      expect((await whoami(page.request)).status).toBe(401);

      await signInWithPassword(page, { id: '', email, password: TEST_PASSWORD });
      await expect(secondFactor(page)).toBeVisible();
      await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
      await expect(page.getByRole('button', { name: `Send code to ${email}` })).toBeVisible();
      const after = await whoami(page.request);
      expect(after.status).toBe(403);
      expect((await mailTo(email)).length).toBe(1);
    });

    test('a wrong password keeps the user on the login form with an error', async ({
      page,
      user,
    }) => {
      await page.goto('/login');
      await page.getByLabel('E-Mail').fill(user.email);
      await page.getByLabel('Password').fill('not-the-password');
      await page.getByRole('button', { name: /^Sign in( with password)?$/ }).click();
      await expect(page.getByRole('alert').first()).toContainText(/credentials are invalid/i);
      await expect(page.getByLabel('E-Mail')).toHaveValue(user.email);
      expect((await whoami(page.request)).status).toBe(401);
    });
  });
}
