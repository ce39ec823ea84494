import type { Page } from '@playwright/test';
import {
  addSecurityKey,
  addVirtualAuthenticator,
  APP_URL,
  authorizationRequest,
  createIdentity,
  createOAuthClient,
  createUnverifiedIdentity,
  deleteIdentity,
  deleteOAuthClient,
  enableBackupCodes,
  expect,
  expectNoViolations,
  getConsentSessions,
  HYDRA_ADMIN_URL,
  HYDRA_PUBLIC_URL,
  KRATOS_ADMIN_URL,
  linkTotp,
  mailTo,
  openSettings,
  signInFully,
  signInInAnyLanguage,
  signInWithPassword,
  test,
  uniqueEmail,
  UI_URL,
  waitForCode,
  waitForNotification,
  WEBAUTHN_UI_URL,
  whoami,
  type TestUser,
} from './fixtures';

// The account center: the overview on the home page, the connected apps (Hydra's consent
// sessions) and deleting the account (Kratos's admin API), against the real Kratos, Hydra and
// the Example app.

const overview = (page: Page) => page.getByTestId('account-overview');
const methods = (page: Page) => page.getByTestId('sign-in-methods');

test.describe('the overview', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`a password-only account, in plain words (JS ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      browser,
      user,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signInFully(page, user);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
      const text = (await overview(page).textContent()) ?? '';
      // No JSON, no jargon.
      expect(text).not.toMatch(/aal\d|\{|"email"|AAL/);
      await expect(page.getByTestId('account-addresses')).toContainText(user.email);
      await expect(page.getByTestId('account-addresses')).toContainText('Verified');
      await expect(page.getByTestId('two-step')).toHaveText('Two-step verification is on.');
      await expect(methods(page).locator('[data-method="password"]')).toHaveText('Password');
      await expect(methods(page).locator('[data-method="code"]')).toContainText(user.email);
      await expect(methods(page).locator('[data-method="totp"]')).toHaveCount(0);
      await expect(page.getByTestId('devices-count')).toHaveAttribute('data-count', '1');
      await expect(page.getByRole('link', { name: 'Signed in on 1 device' })).toHaveAttribute(
        'href',
        '/devices',
      );
      await expect(
        page.getByRole('link', { name: 'No app has access to your account' }),
      ).toHaveAttribute('href', '/apps');
      await expect(page.getByTestId('signed-in-at')).toContainText('UTC');
      // axe runs in the page, so with JavaScript on (the markup is the same either way).
      for (const colorScheme of javaScriptEnabled ? (['light', 'dark'] as const) : []) {
        await page.emulateMedia({ colorScheme });
        await expectNoViolations(page, `the overview (${colorScheme})`);
      }
      await context.close();
    });
  }

  test('in German, and an address not verified yet with a way to verify it', async ({
    browser,
  }) => {
    const user = await createUnverifiedIdentity(uniqueEmail('unverified'));
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    try {
      await signInInAnyLanguage(page, user.email, user.password);
      // The code verified that address; a new one is not verified yet.
      const changed = user.email.replace('@', '+neu@');
      await page.goto('/settings');
      await page.locator('input[name="traits.email"]').fill(changed);
      await page.locator('button[name="method"][value="profile"]').click();
      await expect(page.locator('input[name="traits.email"]')).toHaveValue(changed);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Konto');
      await expect(page.getByTestId('two-step')).toHaveText(
        'Die Bestätigung in zwei Schritten ist aktiv.',
      );
      const addresses = page.getByTestId('account-addresses');
      await expect(addresses).toContainText('Noch nicht bestätigt');
      await expect(addresses.getByTestId('verify-address')).toHaveAttribute(
        'href',
        '/verification',
      );
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoViolations(page, `the German overview (${colorScheme})`);
      }
    } finally {
      await context.close();
      await deleteIdentity(user.id);
    }
  });

  test.describe('with an authenticator app, a security key and backup codes', () => {
    test.use({ baseURL: WEBAUTHN_UI_URL });

    test('each is listed by name, with the backup codes left', async ({ page, user }) => {
      await addVirtualAuthenticator(page);
      await signInFully(page, user);
      await openSettings(page);
      await linkTotp(page);
      await openSettings(page);
      await addSecurityKey(page, 'Desk key');
      await openSettings(page);
      await enableBackupCodes(page);
      await page.goto('/');
      await expect(methods(page).locator('[data-method="totp"]')).toHaveText('Authenticator app');
      await expect(methods(page).locator('[data-method="webauthn"]')).toHaveText(
        '1 security key: Desk key',
      );
      await expect(methods(page).locator('[data-method="lookup_secret"]')).toHaveText(
        '12 backup codes left',
      );
      await expectNoViolations(page, 'the overview with every factor');
    });
  });
});

/** The Example app's sign-in: password, the emailed code, then our consent screen. */
async function signInAtApp(page: Page, user: TestUser, remember: boolean): Promise<void> {
  await page.goto(APP_URL);
  await page.getByRole('link', { name: /^Sign in with / }).click();
  await page.getByLabel('E-Mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: /^Sign in( with password)?$/ }).click();
  const before = (await mailTo(user.email)).length;
  await page.getByRole('button', { name: `Send code to ${user.email}` }).click();
  await page.getByLabel('Code from the email').fill(await waitForCode(user.email, before));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/consent\?consent_challenge=/);
  if (remember) await page.getByLabel('Remember my decision').check();
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

/** A PKCE sign-in of a test client in this browser (already signed in), then its tokens. */
async function tokensFor(page: Page, client: { client_id: string; redirect_uris: string[] }) {
  const request = authorizationRequest(client);
  await page.goto(request.url);
  if (page.url().includes('/consent?')) {
    await page.getByRole('button', { name: 'Allow' }).click();
  }
  await page.waitForURL(
    (url) => url.href.startsWith(client.redirect_uris[0] ?? '') && url.searchParams.has('code'),
  );
  const code = new URL(page.url()).searchParams.get('code') ?? '';
  const res = await fetch(`${HYDRA_PUBLIC_URL}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: client.redirect_uris[0] ?? '',
      client_id: client.client_id,
      code_verifier: request.codeVerifier,
    }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { refresh_token?: string };
}

const refresh = (clientId: string, refreshToken: string) =>
  fetch(`${HYDRA_PUBLIC_URL}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: clientId,
    }),
  });

test.describe('connected apps', () => {
  test('listed with what they may see; removing access revokes the tokens and asks again', async ({
    page,
    user,
  }) => {
    test.setTimeout(120_000);
    await signInAtApp(page, user, true);
    // A second app of ours whose tokens the test holds itself.
    const client = await createOAuthClient({
      redirect_uris: [`${UI_URL}/oauth2-test-callback`],
      post_logout_redirect_uris: [`${UI_URL}/`],
    });
    try {
      const tokens = await tokensFor(page, client);
      expect(tokens.refresh_token).toBeTruthy();

      await page.goto('/apps');
      const example = page.locator('[data-testid="app-grant"]', { hasText: 'Example app' });
      await expect(example.getByRole('heading', { name: 'Example app' })).toBeVisible();
      await expect(example.getByTestId('app-scopes').locator('[data-scope="email"]')).toBeVisible();
      await expect(example.locator('[data-remembered="true"]')).toBeVisible();
      await expect(page.getByTestId('app-grant')).toHaveCount(2);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await expectNoViolations(page, `connected apps (${colorScheme})`);
      }
      await page.goto('/');
      await expect(page.getByTestId('apps-count')).toHaveAttribute('data-count', '2');

      // Remove the test client's access: its refresh token is refused at Hydra's token endpoint.
      await page.goto('/apps');
      await page
        .locator(`[data-client-id="${client.client_id}"]`)
        .getByRole('button', { name: 'Remove access' })
        .click();
      await expect(page.getByTestId('apps-notice')).toHaveAttribute('data-notice', 'revoked');
      await expect(page.getByTestId('app-grant')).toHaveCount(1);
      const refused = await refresh(client.client_id, tokens.refresh_token ?? '');
      expect(refused.status).toBeGreaterThanOrEqual(400);

      // Remove the Example app's: the next sign-in through it asks for consent again.
      await example.getByRole('button', { name: 'Remove access' }).click();
      await expect(page.getByTestId('no-apps')).toBeVisible();
      expect(await getConsentSessions(user.id)).toEqual([]);
      await page.goto(`${APP_URL}/login`);
      await expect(page).toHaveURL(/\/consent\?consent_challenge=/);
    } finally {
      await deleteOAuthClient(client.client_id);
    }
  });

  test('JS off, and a forged or foreign revoke changes nothing', async ({ browser, user }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signInAtApp(page, user, false);
    await page.goto('/apps');
    await expect(page.getByTestId('app-grant')).toHaveCount(1);
    await expect(page.locator('[data-remembered="false"]')).toBeVisible();
    const token = await page.locator('input[name="csrf_token"]').first().inputValue();
    // A forged token.
    const forged = await page.request.post('/apps/revoke', {
      form: { csrf_token: 'forged', client_id: 'example-app' },
      maxRedirects: 0,
    });
    expect(forged.headers().location).toBe('/apps?notice=csrf');
    // Another app's id (one this user never let in): nothing happens to anyone.
    const other = await createIdentity();
    const foreign = await page.request.post('/apps/revoke', {
      form: { csrf_token: token, client_id: 'not-an-app-of-mine' },
      maxRedirects: 0,
    });
    expect(foreign.headers().location).toBe('/apps?notice=not-found');
    expect(await getConsentSessions(user.id)).toHaveLength(1);
    await deleteIdentity(other.id);
    await page.goto('/apps');
    await expect(page.getByTestId('app-grant')).toHaveCount(1);
    // Remove access without JavaScript: a plain form post.
    await page.getByRole('button', { name: 'Remove access' }).click();
    await expect(page.getByTestId('apps-notice')).toHaveAttribute('data-notice', 'revoked');
    await context.close();
  });
});

async function hydraHasNothingFor(subject: string): Promise<void> {
  expect(await getConsentSessions(subject)).toEqual([]);
}

async function adminStatus(id: string): Promise<number> {
  return (await fetch(`${KRATOS_ADMIN_URL}/admin/identities/${id}`)).status;
}

async function deleteFromSettings(page: Page): Promise<void> {
  await openSettings(page);
  await page.getByRole('link', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(`${UI_URL}/account/delete`);
  await expect(page.getByRole('heading', { name: 'Delete your account' })).toBeVisible();
  await page.getByLabel('I understand that my account will be deleted for good.').check();
}

test.describe('delete account', () => {
  test('says what goes, asks to confirm, deletes once, and the old password fails', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const user = await createIdentity();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAtApp(page, user, true);
    await page.goto('/');
    await deleteFromSettings(page);
    await expectNoViolations(page, 'the delete-account page');
    // The box unticked (a form without it): nothing is deleted.
    const token = await page.locator('input[name="csrf_token"]').inputValue();
    const unticked = await page.request.post('/account/delete/confirm', {
      form: { csrf_token: token },
      maxRedirects: 0,
    });
    expect(unticked.headers().location).toBe('/account/delete?notice=confirm');
    expect(await adminStatus(user.id)).toBe(200);

    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page).toHaveURL(`${UI_URL}/account/deleted`);
    await expect(page.getByRole('heading', { name: 'Your account was deleted' })).toBeVisible();
    expect(await adminStatus(user.id)).toBe(404);
    expect((await whoami(page.request)).status).toBe(401);
    await hydraHasNothingFor(user.id);
    // The address hears of it (lib/notify), and what to do if it was not them.
    const goodbye = await waitForNotification(user.email, 'account-deleted');
    expect(goodbye.subject).toContain('account was deleted');
    expect(goodbye.text).toContain('If this was not you');
    const logins = await fetch(
      `${HYDRA_ADMIN_URL}/admin/oauth2/auth/sessions/login?subject=${user.id}`,
      { method: 'DELETE' },
    );
    expect([204, 404]).toContain(logins.status);

    // A second submit of the same form: the same goodbye page, no error.
    const again = await page.request.post('/account/delete/confirm', {
      form: { csrf_token: token, confirm: 'delete' },
      maxRedirects: 0,
    });
    expect(again.status()).toBe(303);
    expect(again.headers().location).toBe('/account/deleted');

    // The old password no longer signs in.
    await signInWithPassword(page, user);
    await expect(page.getByTestId('second-factor')).toHaveCount(0);
    await expect(page).toHaveURL(/\/login\?flow=/);
    await context.close();
  });

  test('a forged CSRF token and a tampered id delete nothing', async ({ page, user }) => {
    const other = await createIdentity();
    try {
      await signInFully(page, user);
      await deleteFromSettings(page);
      const forged = await page.request.post('/account/delete/confirm', {
        form: { csrf_token: 'forged', confirm: 'delete' },
        maxRedirects: 0,
      });
      expect(forged.headers().location).toBe('/account/delete?notice=csrf');
      expect(await adminStatus(user.id)).toBe(200);
      // An id in the form is never read: the signed-in identity is the one deleted, not `other`.
      const token = await page.locator('input[name="csrf_token"]').inputValue();
      await page.request.post('/account/delete/confirm', {
        form: { csrf_token: token, confirm: 'delete', id: other.id, identity_id: other.id },
        maxRedirects: 0,
      });
      expect(await adminStatus(other.id)).toBe(200);
      expect(await adminStatus(user.id)).toBe(404);
    } finally {
      await deleteIdentity(other.id);
    }
  });
});

test.describe('delete account with a stale sign-in @alt-kratos-config', () => {
  test('a sign-in older than the privileged age signs in again first, then comes back', async ({
    page,
    user,
  }) => {
    test.setTimeout(90_000);
    await signInFully(page, user);
    // The alt configuration's privileged_session_max_age is 20 s (the UI is told the same):
    // until then the page asks to confirm, after it a fresh sign-in.
    await expect
      .poll(
        async () =>
          (await page.request.get('/account/delete', { maxRedirects: 0 })).headers().location ??
          'the page',
        { timeout: 40_000, intervals: [2000] },
      )
      .toMatch(/^\/start\/login\?refresh=true/);
    await page.goto('/account/delete');
    await expect(page).toHaveURL(/\/login\?flow=/);
    await page.getByLabel('Password').fill(user.password);
    await page.locator('button[name="method"][value="password"]').click();
    // Kratos may ask for the second factor again; then the emailed code.
    const twoStep = page.getByTestId('second-factor');
    await expect(twoStep.or(page.getByTestId('delete-account'))).toBeVisible();
    if (await twoStep.isVisible()) {
      const before = (await mailTo(user.email)).length;
      await page.getByTestId('send-code').first().click();
      await page.getByLabel('Code from the email').fill(await waitForCode(user.email, before));
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(page).toHaveURL(`${UI_URL}/account/delete`);
    await page.getByLabel('I understand that my account will be deleted for good.').check();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page).toHaveURL(`${UI_URL}/account/deleted`);
    expect(await adminStatus(user.id)).toBe(404);
  });
});
