import { describe, expect, it } from 'vitest';
import { mapFlow } from '@/lib/kratos/map';
import type { KratosMessage as UiMessage } from './translator';
import { captured } from '@/test/fixtures';
import { formatMessage, kratosValues } from './format';
import { oryCatalog } from './test/ory-catalogs';
import { createTranslator, oryMessageKey, type Overrides } from './translator';

const oryEn = oryCatalog('en');
const de = createTranslator('de', { ory: oryCatalog('de'), oryEn });
const ar = createTranslator('ar', { ory: oryCatalog('ar'), oryEn });
const en = createTranslator('en', { ory: oryEn, oryEn });

const msg = (id: number, text: string, context?: Record<string, unknown>): UiMessage => ({
  id,
  type: 'info',
  text,
  context,
});
const sendCode = msg(1010023, 'Send code to a@example.org', {
  address: 'a@example.org',
  channel: 'email',
});

describe('Kratos messages with real Ory catalogs', () => {
  it('interpolates the context into the ICU message (1010023 "Send code to {address}")', () => {
    expect(oryEn[oryMessageKey(1010023)]).toBe('Send code to {address}');
    expect(de.tm(sendCode)).toBe('Code an a@example.org senden');
    expect(ar.tm(sendCode)).toBe('إرسال الرمز إلى a@example.org');
    expect(en.tm(sendCode)).toBe('Send code to a@example.org');
  });

  it('translates a label captured from the real Kratos', () => {
    const ctx = {
      internalUrl: 'http://127.0.0.1:4433',
      browserPath: '/kratos',
      uiOrigin: 'http://127.0.0.1:3000',
      allowedOrigins: [] as string[],
    };
    const flow = mapFlow('login', captured('login-aal2-choose-method').body, ctx);
    const label = flow.nodes.map((n) => n.label).find((l) => l?.id === 1010023);
    expect(label?.context?.address).toMatch(/@example\.org$/);
    expect(de.tm(label)).toBe(`Code an ${String(label?.context?.address)} senden`);
  });

  it('translates {property} with the field name in the same language (4000002)', () => {
    const missing = msg(4000002, 'Property code is missing.', { property: 'code' });
    expect(de.tm(missing)).toBe('Das Feld Code muss ausgefüllt werden.');
    expect(en.tm(missing)).toBe('Please enter the code and try again.');
  });

  it('formats dates in {x, date, long} from the ISO strings Kratos sends (1050014)', () => {
    const used = msg(1050014, 'Secret was used at 2024-03-05', { used_at: '2024-03-05T10:00:00Z' });
    expect(en.tm(used)).toBe('Secret was used at March 5, 2024');
    expect(de.tm(used)).toContain('5. März 2024');
  });

  it('derives x_list from arrays and x_until_minutes from x_unix, as Ory Elements does', () => {
    const values = kratosValues(
      { secrets: ['a', 'b'], exp_unix: 1_000_600, none: [] },
      () => undefined,
      1_000_000_000,
    );
    expect(values.secrets_list).toEqual(['a', 'b']);
    expect(values).not.toHaveProperty('none_list');
    expect(values.exp_unix_until_minutes).toBe(10);
    expect(en.tm(msg(1050015, 'a, b', { secrets: ['a', 'b'] }))).toBe('a and b');
    expect(de.tm(msg(1050015, 'a, b', { secrets: ['a', 'b'] }))).toBe('a und b');
  });
});

describe('fallback chain: override → locale → English → Kratos text', () => {
  const key = oryMessageKey(1010023);
  const build = (locale: string, overrides: Overrides, ory: Record<string, string> | undefined) =>
    createTranslator(locale, { ory, oryEn: { [key]: 'EN {address}' }, overrides });

  it('uses the override for the locale first', () => {
    const tr = build('de', { de: { [key]: 'Override {address}' } }, { [key]: 'DE {address}' });
    expect(tr.tm(sendCode)).toBe('Override a@example.org');
  });

  it('then the locale catalog', () => {
    expect(build('de', {}, { [key]: 'DE {address}' }).tm(sendCode)).toBe('DE a@example.org');
  });

  it('then the English override, then English', () => {
    expect(build('de', { en: { [key]: 'EN override {address}' } }, {}).tm(sendCode)).toBe(
      'EN override a@example.org',
    );
    expect(build('de', {}, {}).tm(sendCode)).toBe('EN a@example.org');
    expect(build('fr', {}, undefined).tm(sendCode)).toBe('EN a@example.org');
  });

  it("then Kratos's own text", () => {
    const tr = createTranslator('de', { ory: {}, oryEn: {} });
    expect(tr.tm(msg(9999999, 'Some new Kratos message'))).toBe('Some new Kratos message');
  });

  it('falls through templates that do not parse or lack a variable, never throwing', () => {
    const tr = build('de', { de: { [key]: 'Broken {address' } }, { [key]: 'DE {nope}' });
    expect(tr.tm(sendCode)).toBe('EN a@example.org');
    const noContext = msg(1010023, 'Send code to someone');
    expect(build('de', {}, { [key]: 'DE {address}' }).tm(noContext)).toBe('Send code to someone');
    expect(build('de', {}, {}).tm(msg(1010023, 'x', { address: { nested: [1, null] } }))).toBe(
      'EN {"nested":[1,null]}',
    );
    expect(tr.tm(undefined)).toBe('');
  });

  it('applies to our own strings too', () => {
    const overrides = { de: { 'login.title': 'Einloggen' }, en: { 'nav.sign-in': 'Log in' } };
    const tr = createTranslator('de', { overrides });
    expect(tr.t('login.title')).toBe('Einloggen');
    expect(tr.t('nav.sign-out')).toBe('Abmelden');
    expect(createTranslator('fr', { overrides }).t('nav.sign-in')).toBe('Log in');
    expect(createTranslator('fr', {}).t('login.title')).toBe('Sign in');
    expect(
      createTranslator('de', { overrides: { de: { 'login.title': '{oops' } } }).t('login.title'),
    ).toBe('Anmelden');
  });

  it('interpolates our own strings, and keeps a placeholder passed through for the client', () => {
    expect(de.t('second-factor.account', { account: 'a@example.org' })).toBe(
      'Anmeldung als a@example.org',
    );
    expect(ar.t('second-factor.resend-wait', { seconds: 5, count: '{count}' })).toBe(
      'إرسال رمز جديد ({count} ثوانٍ)',
    );
    expect(en.t('login.no-account')).toBe("Don't have an account?");
  });

  it('reports the text direction', () => {
    expect([en.dir, de.dir, ar.dir]).toEqual(['ltr', 'ltr', 'rtl']);
  });
});

describe('formatMessage', () => {
  it('returns undefined instead of throwing', () => {
    expect(formatMessage('en', '{a, plural, one {# x} other {# xs}}', { a: 2 })).toBe('2 xs');
    expect(formatMessage('en', '{a, plural, one {# x}', { a: 2 })).toBeUndefined();
    expect(formatMessage('en', 'Hi {name}', {})).toBeUndefined();
    expect(formatMessage('en', 'At {t, date, long}', { t: 'not a date' })).toBeUndefined();
    expect(formatMessage('not a locale!', 'x', {})).toBeUndefined();
  });

  it('treats < as text, not markup', () => {
    expect(formatMessage('en', 'a <b>{x}</b>', { x: 1 })).toBe('a <b>1</b>');
  });
});
