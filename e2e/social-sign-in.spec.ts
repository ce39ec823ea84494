import type { Page } from '@playwright/test';
import {
  cancelAtExampleId,
  credentialTypes,
  deleteIdentity,
  enterCode,
  expect,
  findIdentity,
  linkedProviders,
  openSettings,
  SAVED,
  secondFactor,
  sendCode,
  settingsSection,
  signInAtExampleId,
  signInFully,
  stackControl,
  test,
  uniqueEmail,
  whoami,
} from './fixtures';

// Social sign-in end to end against Example ID, a real OpenID provider (panva's oidc-provider)
// that the local stack runs on loopback (hence @local-stack). Every identity here also owes the
// emailed second factor.

test.describe('social sign-in with Example ID @local-stack', () => {
  /** Removes identities this test created through Example ID. */
  const created: string[] = [];
  test.afterEach(async () => {
    for (const email of created.splice(0)) {
      const found = await findIdentity(email);
      if (found) await deleteIdentity(found.id);
    }
  });

  /** The 2FA screen after a social sign-in: send the code, enter it, land on the home page. */
  async function finishWithEmailCode(page: Page, email: string) {
    await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
    await expect(page.getByText(`Signing in as ${email}`)).toBeVisible();
    await enterCode(page, await sendCode(page, email));
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await expect(page.getByText(email).first()).toBeVisible();
  }

  /**
   * Kratos's "saved" message after a provider round trip. With JavaScript the page brings the
   * user back to the section they sent (section-memory.tsx); without it the trip through the
   * provider loses the #section fragment, so the message shows above the sections.
   */
  const savedMessage = (page: Page, javaScriptEnabled: boolean) =>
    (javaScriptEnabled ? settingsSection(page, 'oidc') : page)
      .getByRole('status')
      .filter({ hasText: SAVED })
      .first();

  /** In a browser that forgot everything: Example ID, then the emailed code. */
  async function signInAgainWithExampleId(page: Page, email: string) {
    await page.context().clearCookies();
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in with Example' }).click();
    await signInAtExampleId(page, email);
    await finishWithEmailCode(page, email);
  }

  async function signUpWithExampleId(page: Page, email: string) {
    created.push(email);
    await page.goto('/registration');
    await page.getByRole('button', { name: 'Sign up with Example' }).click();
    await signInAtExampleId(page, email);
    await finishWithEmailCode(page, email);
  }

  for (const javaScriptEnabled of [true, false]) {
    test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('sign up with Example ID, then sign in with it again', async ({ page }) => {
        const email = uniqueEmail('social');
        await signUpWithExampleId(page, email);
        const session = await whoami(page.request);
        expect(session.aal).toBe('aal2');
        expect(session.methods).toEqual(['oidc', 'code']);
        const found = await findIdentity(email);
        expect(found).toBeDefined();
        expect(await linkedProviders(found!.id)).toEqual(['example']);

        // A returning user signs out and in again. Example ID still has its own session in this
        // browser, yet asks who is signing in (anyone may use the next sign-in).
        await page.getByRole('button', { name: 'Sign out' }).click();
        await expect(page).toHaveURL(/\/login\?flow=/);
        expect((await whoami(page.request)).status).toBe(401);
        await page.getByRole('button', { name: 'Sign in with Example' }).click();
        await signInAtExampleId(page, email);
        await finishWithEmailCode(page, email);
        expect((await whoami(page.request)).methods).toEqual(['oidc', 'code']);
        // The same identity, not a second one.
        expect((await findIdentity(email))?.id).toBe(found!.id);
      });

      test('link Example ID in settings, sign in with it, then unlink it', async ({
        page,
        user,
      }) => {
        await signInFully(page, user);
        await openSettings(page);
        const linked = settingsSection(page, 'oidc');
        await linked.getByRole('button', { name: 'Link Example' }).click();
        await signInAtExampleId(page, user.email);
        // Back on settings with Kratos's confirmation.
        await expect(page).toHaveURL(/\/settings\?flow=/);
        await expect(savedMessage(page, javaScriptEnabled)).toBeVisible();
        await expect(linked.getByRole('button', { name: 'Unlink Example' })).toBeVisible();
        expect(await linkedProviders(user.id)).toEqual(['example']);

        await signInAgainWithExampleId(page, user.email);
        expect((await whoami(page.request)).methods).toEqual(['oidc', 'code']);

        await openSettings(page);
        await linked.getByRole('button', { name: 'Unlink Example' }).click();
        await expect(linked.getByRole('status')).toContainText(SAVED);
        await expect(linked.getByRole('button', { name: 'Link Example' })).toBeVisible();
        expect(await linkedProviders(user.id)).toEqual([]);
        expect(await credentialTypes(user.id)).toContain('password');
      });
    });
  }

  test('an email that already has a password account is linked after the password', async ({
    page,
    user,
  }) => {
    await page.goto('/registration');
    await page.getByRole('button', { name: 'Sign up with Example' }).click();
    await signInAtExampleId(page, user.email);
    // Kratos refuses a second account for the address and asks for the existing password once.
    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(page.getByRole('alert').or(page.getByRole('status')).first()).toContainText(
      'already used by another account',
    );
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: /^Sign in( with password)?$/ }).click();
    await finishWithEmailCode(page, user.email);
    expect(await linkedProviders(user.id)).toEqual(['example']);

    // From now on Example ID alone (plus the emailed code) signs this account in.
    await signInAgainWithExampleId(page, user.email);
    expect((await findIdentity(user.email))?.id).toBe(user.id);
  });

  test('linking while Example ID is down ends on the error page in plain words', async ({
    page,
    user,
  }) => {
    await signInFully(page, user);
    await openSettings(page);
    await stackControl('oidc', 'stop');
    try {
      await settingsSection(page, 'oidc').getByRole('button', { name: 'Link Example' }).click();
      // Kratos cannot reach the provider and says so (500).
      await expect(page).toHaveURL(/\/error\?id=/);
      const error = page.getByTestId('error');
      await expect(error).toHaveAttribute('data-status', '500');
      await expect(error.getByRole('alert')).toContainText(
        'The sign-in service could not finish this request.',
      );
      // Never the internal reason (it names the provider's address) or a stack trace.
      await expect(page.locator('body')).not.toContainText('4999');
      await expect(page.locator('body')).not.toContainText(/goroutine|\.go:\d+/);
      const id = new URL(page.url()).searchParams.get('id') ?? '';
      await expect(error).toContainText(id);
      await expect(error.getByRole('link', { name: 'Back to the start page' })).toBeVisible();
      expect(await linkedProviders(user.id)).toEqual([]);
      // Still signed in.
      expect((await whoami(page.request)).aal).toBe('aal2');
    } finally {
      await stackControl('oidc', 'start');
    }
  });

  test('cancelling at the provider returns to sign-in with the reason, signed out', async ({
    page,
    user,
  }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in with Example' }).click();
    await cancelAtExampleId(page);
    await expect(page).toHaveURL(/\/login\?flow=/);
    await expect(page.getByRole('alert').first()).toContainText('The user cancelled the sign-in.');
    expect((await whoami(page.request)).status).toBe(401);
    // The same page still signs in with a password.
    await page.getByLabel('E-Mail').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: /^Sign in( with password)?$/ }).click();
    await expect(secondFactor(page)).toBeVisible();
  });
});
