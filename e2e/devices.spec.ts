import { createHmac } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  activeSessionIds,
  adminSession,
  apiSession,
  createIdentity,
  currentSessionId,
  deleteIdentity,
  deviceItem,
  deviceItems,
  enterCode,
  expect,
  secondFactor,
  sendCode,
  signInFully,
  signInWithPassword,
  test,
  UI_URL,
  USER_AGENTS,
  whoami,
  type TestUser,
} from './fixtures';

// The Devices page (issue 15): where the account is signed in, and signing devices out.
// Every check runs against the real stack; "the admin API" is Kratos's.

const REVOKED = 'The device has been signed out.';
const CSRF_REFUSED =
  'Nothing was signed out: this form could not be verified, for example because it was sent from another site. Please try again.';

/** A new browser context signed in fully (password + emailed code) as `user`. */
async function signedInContext(
  browser: Browser,
  user: TestUser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; sessionId: string }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signInFully(page, user);
  return { context, page, sessionId: await currentSessionId(page.request) };
}

async function openDevices(page: Page): Promise<void> {
  await page.goto('/devices');
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
}

/** The page asks for a sign-in (the first factor): the session is gone. */
async function expectAskedToSignIn(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/login\?flow=/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
  expect((await whoami(page.request)).status).toBe(401);
}

/** The one-line outcome of a form post, above the list. */
const notice = (page: Page) => page.getByTestId('devices-notice');

async function setLocale(context: BrowserContext, locale: string): Promise<void> {
  await context.addCookies([{ name: 'locale', value: locale, url: UI_URL }]);
}

for (const javaScriptEnabled of [true, false]) {
  const js = `JS ${javaScriptEnabled ? 'on' : 'off'}`;

  test(`A sees two devices and signs B out; B must sign in again (${js})`, async ({
    browser,
    user,
  }) => {
    const a = await signedInContext(browser, user, { javaScriptEnabled });
    const b = await signedInContext(browser, user, { javaScriptEnabled });

    await openDevices(a.page);
    const items = deviceItems(a.page);
    await expect(items).toHaveCount(2);
    // This device first, marked; B listed as another device.
    await expect(items.first()).toHaveAttribute('data-session-id', a.sessionId);
    await expect(items.first()).toHaveAttribute('data-current', 'true');
    await expect(items.first().getByTestId('device-current')).toHaveText('This device');
    const bItem = deviceItem(a.page, b.sessionId);
    await expect(bItem).toHaveAttribute('data-current', 'false');
    await expect(bItem.getByTestId('device-current')).toHaveCount(0);
    await expect(
      a.page.getByRole('heading', { level: 2, name: 'Other devices (1)' }),
    ).toBeVisible();
    // What a device shows: browser and system, address, how and when it signed in, expiry.
    await expect(bItem.getByTestId('device-name')).toHaveText(/^Chrome \d+ on Linux$/);
    await expect(bItem.getByTestId('device-ip')).toHaveText('127.0.0.1');
    await expect(bItem.getByTestId('device-how')).toHaveText(
      'Password and Email code (two steps, AAL2)',
    );
    await expect(bItem.getByTestId('device-signed-in').locator('time')).toHaveAttribute(
      'datetime',
      /^\d{4}-\d\d-\d\dT/,
    );
    await expect(bItem.getByTestId('device-expires').locator('time')).toHaveText(/UTC/);
    // The current device signs out through the normal sign-out, the others through our form.
    await expect(items.first().locator('form')).toHaveAttribute('action', '/logout');
    await expect(bItem.locator('form')).toHaveAttribute('action', '/devices/revoke');

    // B sees itself first, and A as the other device.
    await openDevices(b.page);
    await expect(deviceItems(b.page).first()).toHaveAttribute('data-session-id', b.sessionId);
    await expect(deviceItem(b.page, a.sessionId)).toHaveAttribute('data-current', 'false');

    await bItem.getByRole('button', { name: 'Sign out' }).click();
    await expect(a.page).toHaveURL(/\/devices\?notice=revoked$/);
    await expect(notice(a.page)).toHaveText(REVOKED);
    await expect(deviceItems(a.page)).toHaveCount(1);
    await expect(a.page.getByTestId('no-other-devices')).toBeVisible();
    expect((await adminSession(b.sessionId)).active).toBe(false);
    expect((await adminSession(a.sessionId)).active).toBe(true);

    // B's next page asks it to sign in.
    await b.page.goto('/devices');
    await expectAskedToSignIn(b.page);
    await a.context.close();
    await b.context.close();
  });

  test(`"Sign out of all other devices" leaves only A (${js})`, async ({ browser, user }) => {
    const a = await signedInContext(browser, user, { javaScriptEnabled });
    const b = await signedInContext(browser, user, { javaScriptEnabled });
    const c = await signedInContext(browser, user, { javaScriptEnabled });
    await openDevices(a.page);
    await expect(deviceItems(a.page)).toHaveCount(3);
    await a.page.getByRole('button', { name: 'Sign out of all other devices' }).click();
    await expect(a.page).toHaveURL(/\/devices\?notice=revoked-others&count=2$/);
    await expect(notice(a.page)).toHaveText('2 other devices have been signed out.');
    await expect(deviceItems(a.page)).toHaveCount(1);
    await expect(deviceItems(a.page).first()).toHaveAttribute('data-session-id', a.sessionId);
    expect(await activeSessionIds(user.id)).toEqual([a.sessionId]);
    expect((await whoami(a.page.request)).aal).toBe('aal2');
    for (const other of [b, c]) {
      await other.page.goto('/devices');
      await expectAskedToSignIn(other.page);
    }
    for (const x of [a, b, c]) await x.context.close();
  });
}

test('60 sessions created through the API are all listed (Kratos pages them)', async ({
  browser,
  user,
}) => {
  test.setTimeout(180_000);
  const a = await signedInContext(browser, user);
  const agents = Object.values(USER_AGENTS);
  const created: string[] = [];
  for (let i = 0; i < 60; i++) created.push(await apiSession(user, agents[i % agents.length]));

  await openDevices(a.page);
  await expect(deviceItems(a.page)).toHaveCount(61);
  const listed = await deviceItems(a.page).evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-session-id')),
  );
  expect(listed[0]).toBe(a.sessionId);
  expect(listed.slice(1).sort()).toEqual([...created].sort());
  expect(new Set(listed).size).toBe(61);
  await expect(a.page.getByRole('heading', { level: 2, name: 'Other devices (60)' })).toBeVisible();
  // Each browser and system read from its user agent; the API sessions stopped at the password.
  const names = a.page.getByTestId('other-devices').getByTestId('device-name');
  await expect(names.filter({ hasText: /^Safari 17 on iOS$/ })).toHaveCount(20);
  await expect(names.filter({ hasText: /^Chrome 126 on Android$/ })).toHaveCount(20);
  await expect(names.filter({ hasText: /^Firefox 128 on Windows$/ })).toHaveCount(20);
  await expect(
    a.page.getByTestId('other-devices').getByText('Password (one step, AAL1)', { exact: true }),
  ).toHaveCount(60);

  await a.page.getByRole('button', { name: 'Sign out of all other devices' }).click();
  await expect(notice(a.page)).toHaveText('60 other devices have been signed out.');
  expect(await activeSessionIds(user.id)).toEqual([a.sessionId]);
  await a.context.close();
});

test('a forged CSRF token signs nothing out, with a clear message (English and German)', async ({
  browser,
  user,
}) => {
  const a = await signedInContext(browser, user);
  const other = await apiSession(user, USER_AGENTS.firefoxWindows);
  await openDevices(a.page);
  const item = deviceItem(a.page, other);
  const realToken = await item.locator('input[name="csrf_token"]').inputValue();
  expect(realToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

  // A tampered token in the page's own form.
  await item
    .locator('input[name="csrf_token"]')
    .evaluate((el: HTMLInputElement) => (el.value = 'forged-token-forged-token-forged-token-1234'));
  await item.getByRole('button', { name: 'Sign out' }).click();
  await expect(a.page).toHaveURL(/\/devices\?notice=csrf$/);
  await expect(notice(a.page)).toHaveText(CSRF_REFUSED);
  await expect(deviceItem(a.page, other)).toBeVisible();
  expect((await adminSession(other)).active).toBe(true);

  // "Sign out of all other devices" with a forged token, in German.
  await setLocale(a.context, 'de');
  await openDevicesIn(a.page, 'Geräte');
  await a.page
    .getByTestId('sign-out-others')
    .locator('xpath=..')
    .locator('input[name="csrf_token"]')
    .evaluate((el: HTMLInputElement) => (el.value = ''));
  await a.page.getByRole('button', { name: 'Von allen anderen Geräten abmelden' }).click();
  await expect(notice(a.page)).toHaveText(
    'Es wurde nichts abgemeldet: Dieses Formular konnte nicht überprüft werden, etwa weil es von einer anderen Website gesendet wurde. Bitte versuchen Sie es erneut.',
  );

  // Posts another site could make: no token; the real token (stolen) from a foreign origin;
  // a token computed without this browser's secret.
  for (const [form, headers] of [
    [{ session_id: other }, {}],
    [{ session_id: other, csrf_token: realToken }, { origin: 'https://evil.example' }],
    [
      {
        scope: 'others',
        csrf_token: createHmac('sha256', 'x'.repeat(43)).update('devices').digest('base64url'),
      },
      {},
    ],
  ] as const) {
    const res = await a.page.request.post('/devices/revoke', {
      form: { ...form },
      headers: { ...headers },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toBe('/devices?notice=csrf');
  }
  expect(await activeSessionIds(user.id)).toEqual([a.sessionId, other].sort());
  await a.context.close();
});

async function openDevicesIn(page: Page, title: string): Promise<void> {
  await page.goto('/devices');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test("another identity's session id is refused in the user's language, and nothing is revoked", async ({
  browser,
  user,
}) => {
  const someoneElse = await createIdentity();
  try {
    const theirs = await apiSession(someoneElse, USER_AGENTS.chromeAndroid);
    const a = await signedInContext(browser, user);
    const mine = await apiSession(user, USER_AGENTS.safariIphone);
    await setLocale(a.context, 'de');
    await openDevicesIn(a.page, 'Geräte');
    // Their session is not listed here; the form of one of mine is pointed at it.
    await expect(deviceItem(a.page, theirs)).toHaveCount(0);
    const item = deviceItem(a.page, mine);
    await item
      .locator('input[name="session_id"]')
      .evaluate((el: HTMLInputElement, id: string) => (el.value = id), theirs);
    await item.getByRole('button', { name: 'Abmelden' }).click();
    await expect(a.page).toHaveURL(/\/devices\?notice=not-found$/);
    await expect(notice(a.page)).toHaveText(
      'Es wurde nichts abgemeldet: Dieses Gerät gehört nicht zu Ihrem Konto oder wurde bereits abgemeldet.',
    );
    expect((await adminSession(theirs)).active).toBe(true);
    expect((await adminSession(mine)).active).toBe(true);

    // The same with a valid token straight to the handler, and with an unknown id.
    const token = await deviceItem(a.page, mine).locator('input[name="csrf_token"]').inputValue();
    for (const sessionId of [theirs, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await a.page.request.post('/devices/revoke', {
        form: { session_id: sessionId, csrf_token: token },
        maxRedirects: 0,
      });
      expect(res.headers().location).toBe('/devices?notice=not-found');
    }
    // This device's own id: that is the normal sign-out's job, and nothing happens here.
    const res = await a.page.request.post('/devices/revoke', {
      form: { session_id: a.sessionId, csrf_token: token },
      maxRedirects: 0,
    });
    expect(res.headers().location).toBe('/devices?notice=current');
    expect((await adminSession(theirs)).active).toBe(true);
    expect(await activeSessionIds(user.id)).toEqual([a.sessionId, mine].sort());
    await a.context.close();
  } finally {
    await deleteIdentity(someoneElse.id);
  }
});

test('a sign-in sending forged client-address headers shows the real address', async ({
  browser,
  user,
}) => {
  const a = await signedInContext(browser, user, {
    extraHTTPHeaders: {
      'x-forwarded-for': '6.6.6.6',
      'x-real-ip': '6.6.6.7',
      'true-client-ip': '6.6.6.8',
      'cf-connecting-ip': '6.6.6.9',
      'cf-ipcity': 'Forgedville',
      'cf-ipcountry': 'XX',
    },
  });
  await openDevices(a.page);
  const me = deviceItem(a.page, a.sessionId);
  await expect(me.getByTestId('device-ip')).toHaveText('127.0.0.1');
  await expect(me.getByTestId('device-location')).toHaveCount(0);
  await expect(a.page.getByText(/6\.6\.6\.|Forgedville/)).toHaveCount(0);
  const session = await adminSession(a.sessionId);
  expect(session.devices?.length).toBeGreaterThan(0);
  for (const device of session.devices ?? []) {
    expect(device.ip_address).toBe('127.0.0.1');
    expect(device.location ?? '').toBe('');
  }
  await a.context.close();
});

test('a session that still owes the second factor is sent to the 2FA screen, then back', async ({
  page,
  context,
  user,
}) => {
  const other = await apiSession(user);
  await signInWithPassword(page, user);
  await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
  await page.goto('/devices');
  await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
  // The revoke handler checks the level too (a valid token, computed from this browser's secret).
  const secret = (await context.cookies()).find((c) => c.name === 'ui_csrf')?.value ?? '';
  const token = createHmac('sha256', secret).update('devices').digest('base64url');
  const res = await page.request.post('/devices/revoke', {
    form: { scope: 'others', csrf_token: token },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  expect(res.headers().location).toMatch(/^\/start\/login\?aal=aal2&return_to=/);
  expect((await adminSession(other)).active).toBe(true);
  // After the code, the browser lands on the Devices page.
  await enterCode(page, await sendCode(page, user.email));
  await expect(page).toHaveURL(/\/devices$/);
  await expect(deviceItems(page)).toHaveCount(2);
});

test('this device signs out through the normal sign-out', async ({ browser, user }) => {
  const a = await signedInContext(browser, user, { javaScriptEnabled: false });
  await openDevices(a.page);
  await a.page.getByRole('button', { name: 'Sign out of this device' }).click();
  await expectAskedToSignIn(a.page);
  expect((await adminSession(a.sessionId)).active).toBe(false);
  await a.context.close();
});

test('linked from home and settings; our strings in German and Arabic', async ({
  page,
  context,
  user,
}) => {
  await signInFully(page, user);
  await page.getByRole('link', { name: 'Devices' }).click();
  await expect(page).toHaveURL(/\/devices$/);
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Devices' }).click();
  await expect(page).toHaveURL(/\/devices$/);

  await setLocale(context, 'de');
  await openDevicesIn(page, 'Geräte');
  await expect(page.getByRole('heading', { level: 2, name: 'Dieses Gerät' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Andere Geräte (0)' })).toBeVisible();
  await expect(page.getByTestId('device-how')).toHaveText(
    'Passwort und E-Mail-Code (zwei Schritte, AAL2)',
  );
  await expect(page.getByRole('button', { name: 'Von diesem Gerät abmelden' })).toBeVisible();

  await setLocale(context, 'ar');
  await openDevicesIn(page, 'الأجهزة');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'تسجيل الخروج من هذا الجهاز' })).toBeVisible();
  await expect(page.getByTestId('device-current')).toHaveText('هذا الجهاز');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe: the Devices page has no violations (${colorScheme})`, async ({ browser, user }) => {
    const a = await signedInContext(browser, user, { colorScheme });
    await apiSession(user, USER_AGENTS.safariIphone);
    for (const path of ['/devices', '/devices?notice=revoked', '/devices?notice=csrf']) {
      await a.page.goto(path);
      await expect(deviceItems(a.page)).toHaveCount(2);
      const result = await new AxeBuilder({ page: a.page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary, `${path} has axe violations`).toEqual([]);
    }
    await a.context.close();
  });
}
