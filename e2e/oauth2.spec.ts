import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  APP_URL,
  createIdentity,
  createOAuthClient,
  deleteIdentity,
  findIdentity,
  stackControl,
  waitForCode,
  deleteOAuthClient,
  enterCode,
  expect,
  getConsentSessions,
  HYDRA_PUBLIC_URL,
  revokeConsentSessions,
  secondFactor,
  settingsSection,
  signInAtExampleId,
  uniqueEmail,
  sendCode,
  startAuthorization,
  test,
  UI_URL,
  whoami,
  type TestUser,
} from './fixtures';

// Sign-in for an OAuth2 / OpenID Connect app through Ory Hydra: the Example app (built on
// openid-client) → Hydra → our login, 2FA, consent and logout screens → back to the app.

interface AppSession {
  signedIn: boolean;
  claims?: Record<string, unknown>;
  hasRefreshToken?: boolean;
  scope?: string;
}

async function appSession(page: Page): Promise<AppSession> {
  const res = await page.request.get(`${APP_URL}/session.json`);
  return (await res.json()) as AppSession;
}

/** From the app's button to our sign-in page, with Hydra's challenge. */
async function startAtApp(page: Page, query = ''): Promise<void> {
  await page.goto(`${APP_URL}/${query ? `login?${query}` : ''}`);
  if (!query) await page.getByRole('link', { name: /^Sign in with / }).click();
  await expect(page).toHaveURL(/\/login\?flow=/);
}

async function passwordAndCode(page: Page, user: TestUser): Promise<void> {
  await expect(page.getByTestId('oauth2-app')).toContainText('Sign in to Example app');
  await page.getByLabel('E-Mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: /^Sign in( with password)?$/ }).click();
  await expect(secondFactor(page)).toBeVisible();
  // Kratos forces refresh=true for an app's sign-in, so the flow asks twice; we show one.
  const flowId = new URL(page.url()).searchParams.get('flow') ?? '';
  const flow = (await (
    await page.request.get(`/kratos/self-service/login/flows?id=${flowId}`, {
      headers: { accept: 'application/json' },
    })
  ).json()) as { refresh: boolean; ui: { messages: { id: number }[] } };
  expect(flow.ui.messages.map((m) => m.id).sort()).toEqual([1010003, 1010004]);
  await expectOneMessage(page, '1010004');
  await expect(page.getByTestId('oauth2-app')).toContainText('Sign in to Example app');
  const code = await sendCode(page, user.email);
  await enterCode(page, code);
}

/** Hydra forces refresh=true: the flow carries 1010003 and 1010004, and we show one. */
async function expectOneMessage(page: Page, id: string): Promise<void> {
  const message = page.getByTestId('second-factor-message');
  await expect(message).toHaveCount(1);
  await expect(message).toHaveAttribute('data-message-id', id);
}

async function allow(page: Page, remember = false): Promise<void> {
  await expect(page).toHaveURL(/\/consent\?consent_challenge=/);
  const consent = page.getByTestId('consent');
  await expect(consent.getByRole('heading', { name: 'Authorize Example app' })).toBeVisible();
  if (remember) await page.getByLabel('Remember my decision').check();
  await page.getByRole('button', { name: 'Allow' }).click();
}

const AT_APP = new RegExp(`^${APP_URL}/(\\?state=[\\w-]+)?$`);

async function expectSignedInAtApp(page: Page, user: TestUser): Promise<AppSession> {
  await expect(page).toHaveURL(AT_APP);
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  const session = await appSession(page);
  expect(session.signedIn).toBe(true);
  expect(session.claims?.sub).toBe(user.id);
  expect(session.claims?.amr).toEqual(expect.arrayContaining(['password', 'code']));
  return session;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`OAuth2 sign-in (JS ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });

    test('password and emailed code, consent, claims in the app, then sign out', async ({
      page,
      user,
    }) => {
      await startAtApp(page);
      await passwordAndCode(page, user);
      await allow(page);
      const session = await expectSignedInAtApp(page, user);
      // Only the granted scopes' claims, from the identity's traits.
      expect(session.claims?.email).toBe(user.email);
      // The fixture's identity has a verified address.
      expect(session.claims?.email_verified).toBe(true);
      expect(session.hasRefreshToken).toBe(true);
      expect(session.scope?.split(' ').sort()).toEqual(
        ['email', 'offline_access', 'openid', 'profile'].sort(),
      );
      await expect(page.getByTestId('refresh-token')).toHaveText('yes');

      // RP-initiated logout: our question, then Kratos and Hydra both end their sessions.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/logout\/confirm\?logout_challenge=/);
      await expect(page.getByRole('heading', { name: 'Sign out of Example app?' })).toBeVisible();
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await expect(page).toHaveURL(AT_APP);
      await expect(page.getByRole('link', { name: /^Sign in with / })).toBeVisible();
      expect((await whoami(page.request)).status).toBe(401);
    });
  });
}

test('a remembered consent skips login and consent the second time', async ({ page, user }) => {
  await startAtApp(page);
  await passwordAndCode(page, user);
  await allow(page, true);
  await expectSignedInAtApp(page, user);
  const consents = await getConsentSessions(user.id);
  expect(consents).toHaveLength(1);
  expect(consents[0]?.remember).toBe(true);

  // Forget the app's own session only: Hydra and Kratos remember the user.
  await page.context().clearCookies({ domain: '127.0.0.1', name: 'example_app_session' });
  await page.goto(`${APP_URL}/login`);
  await expectSignedInAtApp(page, user);
  await revokeConsentSessions(user.id);
});

for (const [name, query] of [
  ['prompt=login', 'prompt=login'],
  ['max_age=0', 'max_age=0'],
] as const) {
  test(`${name} forces a new sign-in, and the 2FA screen shows one message`, async ({
    page,
    user,
  }) => {
    await startAtApp(page);
    await passwordAndCode(page, user);
    await allow(page, true);
    const first = await expectSignedInAtApp(page, user);

    // Hydra remembers the sign-in and the consent; the app's session and Kratos's are gone.
    await page.context().clearCookies({ name: 'example_app_session' });
    await page.context().clearCookies({ name: 'ory_kratos_session' });
    await page.goto(`${APP_URL}/login?${query}`);
    await expect(page).toHaveURL(/\/login\?flow=/);
    await passwordAndCode(page, user);
    // Consent is remembered: straight back to the app, with a new sign-in time.
    const second = await expectSignedInAtApp(page, user);
    expect(Number(second.claims?.auth_time)).toBeGreaterThan(Number(first.claims?.auth_time));
    await revokeConsentSessions(user.id);
  });
}

test('Deny sends the app access_denied', async ({ page, user }) => {
  await startAtApp(page);
  await passwordAndCode(page, user);
  await expect(page).toHaveURL(/\/consent\?/);
  await page.getByRole('button', { name: 'Deny' }).click();
  await expect(page).toHaveURL(new RegExp(`^${APP_URL}/callback\\?error=access_denied`));
  await expect(page.getByRole('heading', { name: 'Access was denied' })).toBeVisible();
  expect((await appSession(page)).signedIn).toBe(false);
});

test('login_hint fills the identifier, and ui_locales picks the language', async ({
  page,
  user,
}) => {
  await page.goto(
    `${APP_URL}/login?${new URLSearchParams({ login_hint: user.email, ui_locales: 'de' })}`,
  );
  await expect(page).toHaveURL(/\/login\?flow=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByTestId('oauth2-app')).toContainText('Bei Example app anmelden');
  await expect(page.locator('input[name="identifier"]')).toHaveValue(user.email);
});

test('a consent challenge for another user is refused with a clear page', async ({
  browser,
  page,
  user,
}) => {
  // Another user signs in for the app up to the consent screen, in their own browser.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const otherUser = await createIdentity();
  await startAtApp(otherPage);
  await passwordAndCode(otherPage, otherUser);
  await expect(otherPage).toHaveURL(/\/consent\?consent_challenge=/);
  const foreign = otherPage.url();

  // Our user, signed in for the app, opens that challenge.
  await startAtApp(page);
  await passwordAndCode(page, user);
  await expect(page).toHaveURL(/\/consent\?consent_challenge=/);
  const res = await page.goto(foreign);
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId('oauth2-error')).toHaveAttribute('data-problem', 'other-user');
  await other.close();
  await deleteIdentity(otherUser.id);
});

test.describe('bad challenges get a clear page and never a 5xx', () => {
  for (const [what, path] of [
    ['random login challenge', '/login?login_challenge=not-a-real-challenge'],
    ['random consent challenge', '/consent?consent_challenge=not-a-real-challenge'],
    ['empty consent challenge', '/consent'],
    ['hostile consent challenge', '/consent?consent_challenge=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['random logout challenge', '/logout?logout_challenge=0123456789abcdef'],
    ['tampered logout challenge', '/logout/confirm?logout_challenge=..%2F..%2Fadmin'],
  ] as const) {
    test(what, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBeLessThan(500);
      await expect(page.getByTestId('oauth2-error')).toHaveAttribute('data-problem', 'invalid');
      await expect(page.locator('body')).not.toContainText('<script>');
    });
  }

  test('a used consent challenge', async ({ page, user }) => {
    await startAtApp(page);
    await passwordAndCode(page, user);
    await expect(page).toHaveURL(/\/consent\?/);
    const used = page.url();
    await page.getByRole('button', { name: 'Allow' }).click();
    await expectSignedInAtApp(page, user);
    const res = await page.goto(used);
    expect(res?.status()).toBeLessThan(500);
    // Hydra says the request was handled and where to go; either way, no dead end.
    await expect(page.locator('body')).not.toContainText('Internal Server Error');
  });

  test('a tampered consent challenge', async ({ page, user }) => {
    await startAtApp(page);
    await passwordAndCode(page, user);
    await expect(page).toHaveURL(/\/consent\?/);
    const url = new URL(page.url());
    const challenge = url.searchParams.get('consent_challenge') ?? '';
    url.searchParams.set('consent_challenge', `${challenge.slice(0, -4)}AAAA`);
    const res = await page.goto(url.href);
    expect(res?.status()).toBeLessThan(500);
    await expect(page.getByTestId('oauth2-error')).toHaveAttribute('data-problem', 'invalid');
  });

  test('an app whose redirect URI is not registered', async ({ page }) => {
    const client = await createOAuthClient();
    try {
      const { location } = await startAuthorization(
        { client_id: client.client_id, redirect_uris: ['http://127.0.0.1:5555/not-registered'] },
        {},
      );
      expect(location?.origin).toBe(UI_URL);
      const res = await page.goto(location!.href);
      expect(res?.status()).toBeLessThan(500);
      await expect(page.getByTestId('oauth2-app-error')).toBeVisible();
      await expect(page.getByTestId('oauth2-app-error')).toContainText('redirect');
    } finally {
      await deleteOAuthClient(client.client_id);
    }
  });
});

test('a forged consent POST is refused and decides nothing', async ({ page, user }) => {
  await startAtApp(page);
  await passwordAndCode(page, user);
  await expect(page).toHaveURL(/\/consent\?/);
  const challenge = new URL(page.url()).searchParams.get('consent_challenge') ?? '';
  const res = await page.request.post('/consent/decision', {
    form: { consent_challenge: challenge, decision: 'allow', csrf_token: 'forged' },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  expect(res.headers().location).toContain('notice=csrf');
  expect(await getConsentSessions(user.id)).toHaveLength(0);
  // The page says why, and the real form still works.
  await page.goto(res.headers().location ?? '');
  await expect(page.getByTestId('consent')).toContainText('Your sign-in form had become invalid');
  await page.getByRole('button', { name: 'Allow' }).click();
  await expectSignedInAtApp(page, user);
});

test('Create account from the app comes back to the app', async ({ page }) => {
  const email = `oauth2-reg-${Date.now()}@example.org`;
  const password = `Pw-${Date.now()}-correct-horse`;
  await startAtApp(page);
  await page.getByRole('link', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/registration\?flow=/);
  await expect(page.getByTestId('oauth2-app')).toContainText('Sign in to Example app');
  await page.getByLabel('E-Mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign up', exact: true }).click();
  // The new address is verified first, and Kratos goes on with the app's sign-in.
  await expect(page).toHaveURL(/\/verification\?flow=/);
  await page.getByLabel('Verification code').fill(await waitForCode(email));
  await page.getByRole('button', { name: 'Continue' }).click();
  // The consent screen first asks for the second factor that the new account owes.
  await expect(secondFactor(page)).toBeVisible();
  await enterCode(page, await sendCode(page, email));
  await allow(page);
  await expect(page).toHaveURL(AT_APP);
  const identity = await findIdentity(email);
  expect((await appSession(page)).claims?.sub).toBe(identity?.id);
  if (identity) await deleteIdentity(identity.id);
});

test('axe: consent and logout screens in both colour schemes', async ({ page, user }) => {
  await startAtApp(page);
  await passwordAndCode(page, user);
  await expect(page).toHaveURL(/\/consent\?/);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, `consent, ${colorScheme}`).toEqual([]);
  }
  await page.getByRole('button', { name: 'Allow' }).click();
  await expectSignedInAtApp(page, user);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/logout\/confirm\?/);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, `logout, ${colorScheme}`).toEqual([]);
  }
  // Cancelling rejects the logout: the user stays signed in.
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(page).toHaveURL(`${UI_URL}/?notice=logout-cancelled`);
  expect((await whoami(page.request)).status).toBe(200);
});

test('Hydra stopped: the branded 503 page within 2 s, and it recovers by itself @local-stack', async ({
  page,
}) => {
  const { location } = await startAuthorization({
    client_id: 'example-app',
    redirect_uris: [`${APP_URL}/callback`],
  });
  await stackControl('hydra', 'stop');
  try {
    const started = Date.now();
    const res = await page.goto(location!.href);
    expect(res?.status()).toBe(503);
    expect(Date.now() - started).toBeLessThan(2000 + 1000);
    await expect(page.getByRole('alert')).toBeVisible();
  } finally {
    await stackControl('hydra', 'start');
  }
  // The page tries again by itself and lands on the sign-in for the app.
  await expect(page).toHaveURL(/\/login\?flow=/, { timeout: 20_000 });
  await expect(page.getByTestId('oauth2-app')).toContainText('Example app');
  void HYDRA_PUBLIC_URL;
});

test('Forgot password from the app comes back to the app', async ({ page, user }) => {
  await startAtApp(page);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Recover your account' })).toBeVisible();
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Recovery code').fill(await waitForCode(user.email));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(secondFactor(page)).toBeVisible();
  await enterCode(page, await sendCode(page, user.email));
  await expect(page).toHaveURL(/\/settings\?flow=/);
  const next = 'Recovered-For-The-App-7319';
  await settingsSection(page, 'password').getByLabel('Password').fill(next);
  await settingsSection(page, 'password').getByRole('button', { name: 'Save' }).click();
  // The new password is saved and the app's sign-in goes on: confirm it is you, then consent.
  await expect(page).toHaveURL(/\/login\?flow=/);
  await expect(page.getByTestId('oauth2-app')).toContainText('Sign in to Example app');
  await page.getByLabel('Password').fill(next);
  await page.getByRole('button', { name: /^Sign in( with password)?$/ }).click();
  await allow(page);
  await expectSignedInAtApp(page, user);
});

test('social sign-in from the app comes back to the app @local-stack', async ({ page }) => {
  const email = uniqueEmail('oauth2-social');
  await startAtApp(page);
  await page.getByRole('button', { name: 'Sign in with Example' }).click();
  await signInAtExampleId(page, email);
  // A new account through Example ID still owes the emailed second factor, then consents.
  await expect(secondFactor(page)).toBeVisible();
  await enterCode(page, await sendCode(page, email));
  await allow(page);
  await expect(page).toHaveURL(AT_APP);
  const identity = await findIdentity(email);
  const session = await appSession(page);
  expect(session.claims?.sub).toBe(identity?.id);
  expect(session.claims?.email).toBe(email);
  expect(session.claims?.amr).toEqual(expect.arrayContaining(['oidc']));
  if (identity) await deleteIdentity(identity.id);
});
