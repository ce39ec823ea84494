import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { courierSubject } from '../lib/email/courier-templates';
import { en } from '../lib/i18n/en';
import { formatMessage } from '../lib/i18n/format';
import { OWN_CATALOGS } from '../lib/i18n/own';
import type { NotifyEvent } from '../lib/notify/events';
import {
  signInInAnyLanguage,
  MAIL_BRAND_NAME,
  UI_URL,
  USER_AGENTS,
  expect,
  freshTotpCode,
  linkTotp,
  mailTo,
  notificationsTo,
  openSettings,
  secondFactor,
  settingsSection,
  signInFully,
  stackControl,
  test,
  totpSecret,
  waitForCode,
  waitForNotification,
  whoami,
  type Mail,
} from './fixtures';

// Security notifications (lib/notify, docs/notifications.md): Kratos's own web hooks after
// the real actions, the UI's endpoint, real mail in MailDev, in the page's language.

type Event = NotifyEvent;

function subject(locale: string, event: Event): string {
  const key = `notify.${event}` as keyof typeof en;
  const template = OWN_CATALOGS[locale]?.[key] ?? en[key];
  return formatMessage(locale, template, { name: MAIL_BRAND_NAME }) ?? '';
}

/** Waits for the event's mail and checks its language, direction, device and links. */
async function expectNotification(
  address: string,
  event: Event,
  locale: string,
  device: RegExp,
): Promise<Mail> {
  const mail = await waitForNotification(address, event);
  expect(mail.subject).toBe(subject(locale, event));
  expect(mail.subject).not.toBe(subject('en', event));
  expect(mail.html).toContain(`lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`);
  expect(mail.text).toMatch(device);
  expect(mail.text).toContain(`${UI_URL}/recovery`);
  expect(mail.text).toContain(`${UI_URL}/devices`);
  return mail;
}

/** Submits one settings section by its button and waits until Kratos has saved it. */
async function save(page: Page, group: string, button: string): Promise<void> {
  await settingsSection(page, group).locator(button).click();
  await expect(page).toHaveURL(new RegExp(`#settings-${group}$`));
}

async function contextIn(browser: Browser, locale: string, userAgent?: string) {
  return browser.newContext({
    locale,
    extraHTTPHeaders: { 'accept-language': locale },
    ...(userAgent ? { userAgent } : {}),
  });
}

test('the endpoint answers only Kratos (the shared secret)', async ({ request }) => {
  const body = { identity_id: '00000000-0000-0000-0000-000000000000', addresses: [] };
  const attempts: Record<string, string>[] = [
    {},
    { 'x-notify-secret': 'not-the-secret-not-the-secret' },
  ];
  for (const headers of attempts) {
    const res = await request.post('/api/notify/settings/password', { data: body, headers });
    expect(res.status()).toBe(401);
  }
});

for (const locale of ['fr', 'ja']) {
  test(`every notification after the real action, in ${locale}`, async ({ browser, user }) => {
    test.setTimeout(180_000);
    const chrome = /Chrome/;
    const ctx = await contextIn(browser, locale);
    const page = await ctx.newPage();
    await signInInAnyLanguage(page, user.email, user.password);

    // The password.
    await page.goto('/settings');
    const password = 'Another-Sturdy-Passphrase-7395';
    await settingsSection(page, 'password').locator('input[name="password"]').fill(password);
    await save(page, 'password', 'button[name="method"][value="password"]');
    await expectNotification(user.email, 'password-changed', locale, chrome);

    // The authenticator app, added and removed.
    await page.goto('/settings');
    const secret = await totpSecret(page);
    await settingsSection(page, 'totp')
      .locator('input[name="totp_code"]')
      .fill(await freshTotpCode(secret));
    await save(page, 'totp', 'button[name="method"][value="totp"]');
    await expectNotification(user.email, 'totp-added', locale, chrome);
    await page.goto('/settings');
    await save(page, 'totp', 'button[name="totp_unlink"]');
    await expectNotification(user.email, 'totp-removed', locale, chrome);

    // Backup codes.
    await page.goto('/settings');
    await settingsSection(page, 'lookup_secret')
      .locator('button[name="lookup_secret_regenerate"]')
      .click();
    const codes = await settingsSection(page, 'lookup_secret')
      .getByTestId('backup-codes')
      .getByRole('listitem')
      .allTextContents();
    expect(codes).toHaveLength(12);
    await save(page, 'lookup_secret', 'button[name="lookup_secret_confirm"]');
    await expectNotification(user.email, 'backup-codes-created', locale, chrome);

    // Another browser: a new device, signed in with a backup code.
    const other = await contextIn(browser, locale, USER_AGENTS.firefoxWindows);
    const page2 = await other.newPage();
    await page2.goto('/login');
    await page2.locator('input[name="identifier"]').fill(user.email);
    await page2.locator('input[name="password"]').fill(password);
    await page2.locator('button[name="method"][value="password"]').click();
    await expect(secondFactor(page2)).toBeVisible();
    await page2.getByTestId('other-methods').locator('summary').click();
    await page2.locator('a[data-factor="lookup_secret"]').click();
    await page2.locator('input[name="lookup_secret"]').fill(codes[0] ?? '');
    await page2.locator('input[name="lookup_secret"]').press('Enter');
    await expect(page2).toHaveURL(`${UI_URL}/`);
    const firefox = /Firefox 128/;
    const newDevice = await expectNotification(user.email, 'new-device', locale, firefox);
    expect(newDevice.text).toContain('127.0.0.1');
    await expectNotification(user.email, 'backup-code-used', locale, firefox);
    // The first browser's kind of device again (a fresh Chrome context) is no new device.
    await other.close();
    const again = await contextIn(browser, locale);
    await signInInAnyLanguage(await again.newPage(), user.email, password);
    await again.close();

    // Backup codes turned off.
    await page.goto('/settings');
    await save(page, 'lookup_secret', 'button[name="lookup_secret_disable"]');
    await expectNotification(user.email, 'backup-codes-removed', locale, chrome);

    // The address replaced: both the old and the new address hear of it.
    await page.goto('/settings');
    const newEmail = user.email.replace('@', '+new@');
    await settingsSection(page, 'profile').locator('input[name="traits.email"]').fill(newEmail);
    await save(page, 'profile', 'button[name="method"][value="profile"]');
    for (const address of [user.email, newEmail]) {
      const mail = await expectNotification(address, 'address-changed', locale, chrome);
      expect(mail.text).toContain(newEmail);
      expect(mail.text).toContain(user.email);
    }
    await ctx.close();

    // A recovery code used, from a fresh browser.
    const rec = await contextIn(browser, locale);
    const page3 = await rec.newPage();
    await page3.goto('/recovery');
    await page3.locator('input[name="email"]').fill(newEmail);
    const recoverySubject = courierSubject('recovery_code/valid', MAIL_BRAND_NAME, locale);
    const before = (await mailTo(newEmail, recoverySubject)).length;
    await page3.locator('button[name="method"][value="code"]').click();
    await page3
      .locator('input[name="code"]')
      .fill(await waitForCode(newEmail, before, recoverySubject));
    await page3.locator('button[name="method"][value="code"]').click();
    await expect(page3).not.toHaveURL(/\/recovery/);
    await expectNotification(newEmail, 'recovery-used', locale, chrome);
    await rec.close();

    // Nothing was mailed twice, and the known browser's sign-in was no news.
    expect(await notificationsTo(user.email, 'new-device')).toHaveLength(1);
  });
}

test.describe('notifications and an outage @local-stack', () => {
  test.describe.configure({ mode: 'serial' });
  test.afterEach(async () => {
    await stackControl('maildev', 'start');
  });

  test('the sign-in works with the mail server stopped, and the UI logs why no mail went out', async ({
    browser,
    page,
    user,
  }) => {
    await signInFully(page, user);
    await openSettings(page);
    const secret = await linkTotp(page);

    await stackControl('maildev', 'stop');
    const logBefore = readFileSync(process.env.E2E_UI_LOG ?? '.stack/logs/ui.log', 'utf8').length;
    const ctx = await browser.newContext({ userAgent: USER_AGENTS.chromeAndroid });
    const other = await ctx.newPage();
    await other.goto('/login');
    await other.locator('input[name="identifier"]').fill(user.email);
    await other.locator('input[name="password"]').fill(user.password);
    const started = Date.now();
    await other.locator('button[name="method"][value="password"]').click();
    await expect(secondFactor(other)).toBeVisible();
    if ((await secondFactor(other).getAttribute('data-factor')) !== 'totp') {
      await other.getByTestId('other-methods').locator('summary').click();
      await other.locator('a[data-factor="totp"]').click();
    }
    await other.locator('input[name="totp_code"]').fill(await freshTotpCode(secret));
    await other.locator('input[name="totp_code"]').press('Enter');
    await expect(other).toHaveURL(`${UI_URL}/`);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await whoami(other.request)).aal).toBe('aal2');

    // The new device's mail could not go out: logged, with neither the address nor a secret.
    await expect
      .poll(() =>
        readFileSync(process.env.E2E_UI_LOG ?? '.stack/logs/ui.log', 'utf8').slice(logBefore),
      )
      .toContain('notification not sent: the mail server failed');
    const log = readFileSync(process.env.E2E_UI_LOG ?? '.stack/logs/ui.log', 'utf8').slice(
      logBefore,
    );
    expect(log).not.toContain(user.email);
    expect(log).not.toMatch(/x-notify-secret"?\s*:\s*"[^\[]/i);
    await ctx.close();
  });
});
