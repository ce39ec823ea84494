import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND } from '@/lib/brand-schema';
import { createTranslator } from '@/lib/i18n/translator';
import { isNewDevice } from './devices';
import { EVENTS, notificationsFor } from './events';
import { smtpOptions } from './mailer';
import { hookPayload, type Hook } from './payload';
import { renderNotification } from './render';
import { secretMatches } from './secret';

// The bodies Kratos v1.3.1 posted to the hooks (kratos/notify.jsonnet) after the real actions of
// e2e/notifications.spec.ts, recorded by scripts/capture-notify.mjs.
const captured = (name: string) =>
  hookPayload.parse(JSON.parse(readFileSync(`test/fixtures/notify/${name}.json`, 'utf8')));

// A moment just after the captures (they are not read against the real clock).
const NOW = new Date('2026-12-05T10:40:00Z');

describe('notificationsFor', () => {
  const cases: [Hook, string, string[]][] = [
    ['settings/password', 'settings-password', ['password-changed']],
    ['settings/totp', 'settings-totp-linked', ['totp-added']],
    ['settings/totp', 'settings-totp-unlinked', ['totp-removed']],
    ['settings/lookup_secret', 'settings-lookup-confirmed', ['backup-codes-created']],
    ['settings/profile', 'settings-profile-email', ['address-changed']],
    ['recovery', 'recovery-fr', ['recovery-used']],
    ['login', 'login-password', ['new-device']],
    ['login', 'login-code', []],
    ['login', 'login-lookup-fr', ['backup-code-used']],
  ];
  for (const [hook, name, events] of cases) {
    it(`${name} → ${events.join(', ') || 'nothing'}`, () => {
      expect(notificationsFor(hook, captured(name), NOW).map((n) => n.event)).toEqual(events);
    });
  }

  it('mails an address change to the old address too', () => {
    const p = captured('settings-profile-email');
    const [n] = notificationsFor('settings/profile', p, NOW);
    expect(n?.removed).toEqual(p.previous_addresses);
    expect(n?.added).toEqual(p.addresses);
    expect(n?.to.sort()).toEqual([...p.addresses, ...(p.previous_addresses ?? [])].sort());
  });

  it('tells an added security key from a removed one by when the newest was added', () => {
    const p = captured('settings-password');
    const withKey = (addedAt: string) => ({
      ...p,
      settings: { buttons: ['webauthn_remove'], keys: [{ group: 'webauthn', added_at: addedAt }] },
    });
    expect(
      notificationsFor('settings/webauthn', withKey('2026-12-05T10:39:30Z'), NOW)[0]?.event,
    ).toBe('security-key-added');
    expect(
      notificationsFor('settings/webauthn', withKey('2026-11-01T08:00:00Z'), NOW)[0]?.event,
    ).toBe('security-key-removed');
    expect(
      notificationsFor('settings/passkey', { ...p, settings: { buttons: [], keys: [] } }, NOW)[0]
        ?.event,
    ).toBe('passkey-removed');
  });

  it('sends nothing when a profile change leaves the addresses alone', () => {
    const p = captured('settings-profile-email');
    expect(
      notificationsFor('settings/profile', { ...p, previous_addresses: p.addresses }, NOW),
    ).toEqual([]);
  });
});

describe('isNewDevice', () => {
  const chrome = captured('login-password');
  const firefox = captured('login-password-new-device-fr');
  const seen = (p: typeof chrome) => ({ userAgent: p.user_agent, ip: p.ip_address });
  it('is new when no earlier session had this browser, system and address', () => {
    expect(isNewDevice(seen(firefox), [seen(chrome)])).toBe(true);
  });
  it('is known for the same browser on the same system and address, whatever its version', () => {
    const older = {
      ...seen(chrome),
      userAgent: chrome.user_agent?.replace(/Chrome\/\d+/, 'Chrome/120'),
    };
    expect(isNewDevice(seen(chrome), [older])).toBe(false);
  });
  it('is no news for an account whose first session this is', () => {
    expect(isNewDevice(seen(firefox), [])).toBe(false);
  });
});

describe('renderNotification', () => {
  const render = (locale: string, event = 'password-changed' as (typeof EVENTS)[number]) =>
    renderNotification(
      {
        event,
        to: ['a@example.org'],
        added: event === 'address-changed' ? ['b@example.org'] : undefined,
      },
      {
        t: createTranslator(locale).t,
        locale,
        brand: { ...DEFAULT_BRAND, name: 'Acme' },
        uiUrl: 'https://id.example.com/',
        at: new Date('2026-12-05T10:33:00Z'),
        userAgent: captured('login-password-new-device-fr').user_agent,
        ip: '203.0.113.7',
      },
    );

  it('says what happened, when, from which device, and where to go if it was not you', () => {
    const mail = render('en');
    expect(mail.subject).toBe('Your Acme password was changed');
    expect(mail.text).toContain('When: December 5, 2026 at 10:33 AM UTC');
    expect(mail.text).toContain('Device: Firefox 128 on Windows');
    expect(mail.text).toContain('IP address: 203.0.113.7');
    expect(mail.text).toContain('https://id.example.com/recovery');
    expect(mail.html).toContain('href="https://id.example.com/devices"');
    expect(mail.html).toContain('<html lang="en" dir="ltr">');
  });

  it('is written in the account holder’s language, Arabic right to left', () => {
    const fr = render('fr');
    expect(fr.subject).toBe('Le mot de passe de votre compte Acme a été modifié');
    expect(fr.text).toContain('Récupérer votre compte');
    const ar = render('ar');
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar.subject).toBe('تم تغيير كلمة مرور حسابك في Acme');
  });

  it('escapes what it did not write', () => {
    const mail = render('en', 'address-changed');
    expect(mail.text).toContain('Added: b@example.org');
    expect(
      renderNotification(
        { event: 'new-device', to: [] },
        {
          t: createTranslator('en').t,
          locale: 'en',
          brand: { ...DEFAULT_BRAND, name: 'A<b>' },
          uiUrl: 'https://id.example.com',
          at: new Date(0),
          location: '<script>',
        },
      ).html,
    ).not.toMatch(/<script>|A<b>/);
  });

  it('has every event in every locale’s catalog', () => {
    for (const event of EVENTS) expect(render('ja', event).subject).not.toContain('notify.');
  });
});

describe('secretMatches', () => {
  it('accepts only the configured secret', () => {
    expect(secretMatches('s3cret-s3cret-s3cret', 's3cret-s3cret-s3cret')).toBe(true);
    expect(secretMatches('s3cret-s3cret-s3cres', 's3cret-s3cret-s3cret')).toBe(false);
    expect(secretMatches('', 's3cret-s3cret-s3cret')).toBe(false);
    expect(secretMatches(null, 's3cret-s3cret-s3cret')).toBe(false);
    expect(secretMatches('anything', undefined)).toBe(false);
  });
});

describe('smtpOptions', () => {
  it('reads Kratos’s courier URI', () => {
    expect(smtpOptions('smtp://127.0.0.1:1025/?disable_starttls=true')).toMatchObject({
      host: '127.0.0.1',
      port: 1025,
      secure: false,
      ignoreTLS: true,
    });
    expect(smtpOptions('smtps://me%40x:p%2Fw@smtp.example.com')).toMatchObject({
      port: 465,
      secure: true,
      auth: { user: 'me@x', pass: 'p/w' },
    });
  });
});
