import type { Page } from '@playwright/test';
import {
  addVirtualAuthenticator,
  deleteIdentity,
  expect,
  findIdentity,
  getIdentity,
  keyCount,
  test,
  TEST_PASSWORD,
  uniqueEmail,
  verificationLink,
  waitForCode,
  waitForMail,
  WEBAUTHN_UI_URL,
  whoami,
} from './fixtures';

const registration = (page: Page) => page.getByTestId('registration');

async function register(page: Page, email: string, password = TEST_PASSWORD) {
  await page.goto('/registration');
  await expect(page.getByRole('heading', { name: 'Create an account' })).toBeVisible();
  await page.getByLabel('E-Mail').fill(email);
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign up', exact: true }).click();
}

/** Kratos's verifiable address of an identity, as the admin API reports it. */
async function address(email: string) {
  const found = await findIdentity(email);
  if (!found) throw new Error(`no identity for ${email}`);
  const identity = await getIdentity(found.id);
  return { id: found.id, address: identity.verifiable_addresses?.[0] };
}

test.afterEach(async ({}, testInfo) => {
  // Identities registered through the UI are removed like the `user` fixture's.
  for (const email of (testInfo.annotations.find((a) => a.type === 'email')?.description ?? '')
    .split(' ')
    .filter(Boolean)) {
    const found = await findIdentity(email);
    if (found) await deleteIdentity(found.id);
  }
});

const track = (email: string) => {
  test.info().annotations.push({ type: 'email', description: email });
  return email;
};

test.describe('the form', () => {
  test('every method is offered: password, passkey and the social provider', async ({ page }) => {
    await page.goto('/registration');
    await expect(registration(page)).toHaveAttribute('data-step', 'single');
    await expect(page.getByLabel('E-Mail')).toHaveAttribute('required', '');
    await expect(page.getByLabel('E-Mail')).toHaveAttribute('type', 'email');
    await expect(page.getByLabel('E-Mail')).toHaveAttribute('autocomplete', 'email');
    await expect(page.getByLabel('Password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(page.getByRole('button', { name: 'Sign up', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign up with passkey' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign up with Example' })).toBeVisible();
    // The social button posts without the password: it has no use for it.
    await expect(page.getByRole('button', { name: 'Sign up with Example' })).toHaveAttribute(
      'formnovalidate',
      '',
    );
    // Looking is not registering.
    expect((await whoami(page.request)).status).toBe(401);
  });

  test('an address that is taken is refused and no second identity appears', async ({
    page,
    user,
  }) => {
    await register(page, user.email);
    await expect(page.getByRole('alert').first()).toContainText(
      'An account with the same identifier (email, phone, username, ...) exists already.',
    );
    await expect(page).toHaveURL(/\/registration\?flow=/);
    expect((await whoami(page.request)).status).toBe(401);
  });

  test('a password Kratos rejects shows its reason on the password field', async ({ page }) => {
    const email = track(uniqueEmail('weak'));
    await register(page, email, email);
    const password = page.getByLabel('Password');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert').first()).toContainText(/password can not be used/i);
    // The traits the user typed are kept.
    await expect(page.getByLabel('E-Mail')).toHaveValue(email);
    await expect(page.getByLabel('First name')).toHaveValue('Grace');
    expect(await findIdentity(email)).toBeUndefined();
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`registration → verification (JS ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });

    test('the user lands on the code screen and the mailed code verifies the address', async ({
      page,
    }) => {
      const email = track(uniqueEmail('reg'));
      await register(page, email);
      await expect(page).toHaveURL(/\/verification\?flow=/);
      await expect(page.getByRole('heading', { name: 'Verify your email' })).toBeVisible();
      await expect(page.getByRole('status').first()).toContainText(
        'An email containing a verification code has been sent',
      );
      const code = page.getByLabel('Verification code');
      await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
      expect((await address(email)).address).toMatchObject({ verified: false, status: 'sent' });

      // A wrong code first.
      await code.fill('000000');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alert').first()).toContainText(
        'The verification code is invalid or has already been used.',
      );
      expect((await address(email)).address?.verified).toBe(false);

      await page.getByLabel('Verification code').fill(await waitForCode(email));
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('status').first()).toContainText(
        'You successfully verified your email address.',
      );
      expect((await address(email)).address).toMatchObject({ verified: true, status: 'completed' });
      // Registration signed the user in (aal1); whoami wants the second factor on top.
      expect((await whoami(page.request)).status).toBe(403);
      await page.getByRole('link', { name: 'Continue' }).click();
      await expect(page.getByTestId('second-factor')).toBeVisible();
    });
  });
}

test('the link from the mail verifies the address in another browser', async ({
  page,
  browser,
}) => {
  const email = track(uniqueEmail('link'));
  await register(page, email);
  await expect(page).toHaveURL(/\/verification\?flow=/);
  const link = verificationLink(await waitForMail(email));
  expect(new URL(link).pathname).toBe('/kratos/self-service/verification');

  // A second browser, without the first one's cookies (say, the phone the mail was read on).
  const other = await browser.newContext({ javaScriptEnabled: false });
  const phone = await other.newPage();
  await phone.goto(link);
  await expect(phone).toHaveURL(/\/verification\?flow=/);
  // Kratos fills in the code from the link and hands this browser its own CSRF token.
  const code = new URL(link).searchParams.get('code') ?? '';
  await expect(phone.getByLabel('Verification code')).toHaveValue(code);
  await phone.getByRole('button', { name: 'Continue' }).click();
  await expect(phone.getByRole('status').first()).toContainText(
    'You successfully verified your email address.',
  );
  expect((await address(email)).address).toMatchObject({ verified: true, status: 'completed' });
  // Verifying did not sign the second browser in.
  expect((await whoami(phone.request)).status).toBe(401);
  await other.close();
});

test.describe('passkey sign-up (virtual authenticator)', () => {
  test.use({ baseURL: WEBAUTHN_UI_URL });

  test('signing up with a passkey creates an identity with a passkey and no password', async ({
    page,
  }) => {
    const authenticator = await addVirtualAuthenticator(page);
    const email = track(uniqueEmail('passkey'));
    await page.goto('/registration');
    await page.getByLabel('E-Mail').fill(email);
    await page.getByRole('button', { name: 'Sign up with passkey' }).click();
    await expect(page).toHaveURL(/\/verification\?flow=/);
    const { id } = await address(email);
    expect(await keyCount(id, 'passkey')).toBe(1);
    // The schema makes the email a password identifier, so Kratos keeps an empty password
    // credential; there is no password in it.
    const password = (await getIdentity(id)).credentials?.password?.config as
      { hashed_password?: string } | undefined;
    expect(password?.hashed_password).toBeFalsy();
    expect(await authenticator.credentials()).toHaveLength(1);
    await expect(page.getByLabel('Verification code')).toBeVisible();
    await waitForCode(email);
  });
});
