import type { Page } from '@playwright/test';
import {
  addSecurityKey,
  addVirtualAuthenticator,
  dropSession,
  enableBackupCodes,
  enterCode,
  expect,
  freshTotpCode,
  linkTotp,
  mailTo,
  openSettings,
  secondFactor,
  signInFully,
  signInWithPassword,
  test,
  UI_URL,
  waitForCode,
  WEBAUTHN_UI_URL,
  whoami,
} from './fixtures';

// The 2FA screen for identities with more than the email code: it opens on the user's own
// factor, remembers the one last used in this browser, and lists the others by name.

const other = (page: Page) => page.getByTestId('other-methods');
const masked = (email: string) => `${email.slice(0, 1)}…${email.slice(email.indexOf('@'))}`;

async function expectSignedIn(page: Page, methods: string[], origin = UI_URL) {
  await expect(page).toHaveURL(`${origin}/`);
  await expect(page.getByTestId('session')).toHaveAttribute('data-aal', 'aal2');
  const session = await whoami(page.request);
  expect(session.aal).toBe('aal2');
  expect(session.methods).toEqual(methods);
}

/** Opens "Use another method" and follows one entry, by keyboard. */
async function useAnotherMethod(page: Page, name: string | RegExp) {
  const summary = other(page).getByText('Use another method');
  await summary.focus();
  await page.keyboard.press('Enter');
  const entry = other(page).getByRole(typeof name === 'string' ? 'link' : 'button', { name });
  await entry.focus();
  await page.keyboard.press('Enter');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JS ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('authenticator app: the code field is there without a click; then email code is remembered', async ({
      page,
      user,
    }) => {
      await signInFully(page, user);
      await openSettings(page);
      const secret = await linkTotp(page);

      await dropSession(page);
      await signInWithPassword(page, user);
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'totp');
      const field = secondFactor(page).getByLabel('Authentication code');
      await expect(field).toBeVisible();
      await expect(secondFactor(page).getByTestId('send-code')).toHaveCount(0);
      // The others, by name (folded away); the email address only hinted at.
      await expect(other(page).locator('li [data-factor]')).toHaveText([
        `Email a code to ${masked(user.email)}`,
      ]);
      // Keyboard: type the code, Enter submits it.
      await field.fill(await freshTotpCode(secret));
      await field.press('Enter');
      await expectSignedIn(page, ['password', 'totp']);

      // Next time: the email code, picked from the list.
      await dropSession(page);
      await signInWithPassword(page, user);
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'totp');
      const before = (await mailTo(user.email)).length;
      await useAnotherMethod(page, new RegExp(`^Email a code to ${masked(user.email)}$`));
      await expect(secondFactor(page)).toHaveAttribute('data-step', 'enter-code');
      // Only the code step's own message.
      await expect(page.getByTestId('second-factor-message')).toHaveCount(1);
      await expect(page.getByTestId('second-factor-message')).toHaveAttribute(
        'data-message-id',
        '1010014',
      );
      await enterCode(page, await waitForCode(user.email, before));
      await expectSignedIn(page, ['password', 'code']);

      // Signed out and back: the screen opens on the email code, the app listed.
      await dropSession(page);
      await signInWithPassword(page, user);
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'code');
      await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
      await expect(page.getByTestId('second-factor-message')).toHaveAttribute(
        'data-message-id',
        '1010004',
      );
      // A wrong authenticator code lands on the app's step, the error on its field.
      await useAnotherMethod(page, 'Authenticator app');
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'totp');
      const wrong = (await freshTotpCode(secret)) === '000000' ? '111111' : '000000';
      await secondFactor(page).getByLabel('Authentication code').fill(wrong);
      await secondFactor(page).getByRole('button', { name: 'Continue' }).click();
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'totp');
      const again = secondFactor(page).getByLabel('Authentication code');
      await expect(again).toHaveAttribute('aria-invalid', 'true');
      await expect(secondFactor(page).getByRole('alert')).toContainText(
        'The provided authentication code is invalid',
      );
      expect((await whoami(page.request)).status).toBe(403);
      await again.fill(await freshTotpCode(secret));
      await again.press('Enter');
      await expectSignedIn(page, ['password', 'totp']);
    });

    test('a backup code, via "Use another method", works once and is refused the second time', async ({
      page,
      user,
    }) => {
      await signInFully(page, user);
      await openSettings(page);
      const [first] = await enableBackupCodes(page);

      await dropSession(page);
      await signInWithPassword(page, user);
      // A backup code is never the default.
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'code');
      await useAnotherMethod(page, 'Backup code');
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'lookup_secret');
      await expect(page.getByTestId('second-factor-message')).toHaveAttribute(
        'data-message-id',
        '1010004',
      );
      const field = secondFactor(page).getByLabel('Backup recovery code');
      await field.fill(first ?? '');
      await field.press('Enter');
      await expectSignedIn(page, ['password', 'lookup_secret']);

      // Used once: the same code is refused, on the backup-code step, and the session stays aal1.
      await dropSession(page);
      await signInWithPassword(page, user);
      // Still the email code: a backup code is never remembered.
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'code');
      await useAnotherMethod(page, 'Backup code');
      await secondFactor(page)
        .getByLabel('Backup recovery code')
        .fill(first ?? '');
      await secondFactor(page).getByRole('button', { name: 'Continue' }).click();
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'lookup_secret');
      await expect(secondFactor(page).getByRole('alert')).toHaveText(
        'This backup recovery code has already been used.',
      );
      await expect(secondFactor(page).getByLabel('Backup recovery code')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      expect((await whoami(page.request)).status).toBe(403);
      // The email code still gets the user in.
      const before = (await mailTo(user.email)).length;
      await useAnotherMethod(page, /^Email a code to /);
      await expect(secondFactor(page)).toHaveAttribute('data-step', 'enter-code');
      await enterCode(page, await waitForCode(user.email, before));
      await expectSignedIn(page, ['password', 'code']);
    });
  });
}

test.describe('security key (virtual authenticator)', () => {
  test.use({ baseURL: WEBAUTHN_UI_URL });

  test('the security-key button is on screen without a click; sign-in reaches aal2', async ({
    page,
    user,
  }) => {
    await addVirtualAuthenticator(page);
    await signInFully(page, user);
    await openSettings(page);
    await addSecurityKey(page);

    await dropSession(page);
    await signInWithPassword(page, user);
    await expect(secondFactor(page)).toHaveAttribute('data-factor', 'webauthn');
    const key = secondFactor(page).getByRole('button', { name: 'Continue with hardware key' });
    await expect(key).toBeVisible();
    await key.focus();
    await page.keyboard.press('Enter');
    await expectSignedIn(page, ['password', 'webauthn'], WEBAUTHN_UI_URL);

    // Remembered, and the email code is one entry away.
    await dropSession(page);
    await signInWithPassword(page, user);
    await expect(secondFactor(page)).toHaveAttribute('data-factor', 'webauthn');
    await useAnotherMethod(page, /^Email a code to /);
    await expect(secondFactor(page)).toHaveAttribute('data-step', 'enter-code');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the security-key step says it needs JavaScript, and the email code gets the user in', async ({
      browser,
      page,
      user,
    }) => {
      // Register the key with JavaScript (WebAuthn has no other way), then sign in without it.
      const setup = await browser.newPage({ baseURL: WEBAUTHN_UI_URL, javaScriptEnabled: true });
      await addVirtualAuthenticator(setup);
      await signInFully(setup, user);
      await openSettings(setup);
      await addSecurityKey(setup);
      await setup.close();

      await signInWithPassword(page, user);
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'webauthn');
      // A browser without JavaScript shows the page's <noscript> note (Playwright's no-JS mode
      // leaves <noscript> empty in the DOM, so read it from the page as served).
      const served = await (await page.request.get(page.url())).text();
      expect(served).toMatch(
        /<noscript><span[^>]*>This needs JavaScript to be turned on in your browser\.<\/span><\/noscript>/,
      );
      const before = (await mailTo(user.email)).length;
      await useAnotherMethod(page, /^Email a code to /);
      await expect(secondFactor(page)).toHaveAttribute('data-step', 'enter-code');
      await enterCode(page, await waitForCode(user.email, before));
      await expectSignedIn(page, ['password', 'code'], WEBAUTHN_UI_URL);
    });
  });
});
