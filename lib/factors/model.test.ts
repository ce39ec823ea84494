import { describe, expect, it } from 'vitest';
import { mapFlow } from '@/lib/kratos/map';
import { captured } from '@/test/fixtures';
import { secondFactorModel } from './model';

const ctx = {
  internalUrl: 'http://127.0.0.1:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: [] as string[],
};
const model = (name: string) => secondFactorModel(mapFlow('login', captured(name).body, ctx));

describe('secondFactorModel', () => {
  it('choose step: one button per address, csrf posted', () => {
    const m = model('login-aal2-choose-method');
    expect(m.step).toBe('choose');
    expect(m.addresses).toHaveLength(1);
    expect(m.addresses[0]?.label?.id).toBe(1010023);
    expect(m.hidden.map((h) => h.name)).toContain('csrf_token');
  });

  it('code step: every hidden node, the code field, continue and resend', () => {
    const m = model('login-code-sent');
    expect(m.step).toBe('enter-code');
    expect(m.hidden.map((h) => h.name)).toEqual(
      expect.arrayContaining(['csrf_token', 'identifier', 'method']),
    );
    expect(m.identifier).toMatch(/@example\.org$/);
    expect(m.submit).toMatchObject({ name: 'method', value: 'code' });
    expect(m.resend).toMatchObject({ name: 'resend', value: 'code' });
    expect(m.codeField?.required).toBe(true);
  });

  it('after a foreign address the stale identifier is visible to the screen, which drops it', () => {
    const m = model('login-code-foreign-address');
    expect(m.step).toBe('choose');
    expect(m.hidden.find((h) => h.name === 'identifier')?.value).toBe('someone-else@example.org');
  });
});

describe('secondFactorModel with a phone beside the email (sms configuration)', () => {
  it('choose step: one button per address, each with its channel', () => {
    const m = model('login-sms-aal2-choose');
    expect(m.step).toBe('choose');
    expect(m.addresses.map((a) => a.channel).sort()).toEqual(['email', 'sms']);
    const phone = m.addresses.find((a) => a.channel === 'sms');
    expect(phone?.address).toMatch(/^\+1415555\d{4}$/);
  });

  it('code sent by SMS: the phone is the one identifier posted, even though Kratos lists both', () => {
    const raw = captured('login-sms-code-sent').body as {
      ui: { nodes: { attributes: { name: string; value?: unknown } }[] };
    };
    const listed = raw.ui.nodes.filter((n) => n.attributes.name === 'identifier');
    expect(listed.length).toBeGreaterThan(1);
    const m = model('login-sms-code-sent');
    expect(m.step).toBe('enter-code');
    expect(m.channel).toBe('sms');
    expect(m.identifier).toMatch(/^\+1415555\d{4}$/);
    expect(m.hidden.filter((h) => h.name === 'identifier')).toEqual([
      { name: 'identifier', value: m.identifier },
    ]);
    expect(m.resend).toMatchObject({ name: 'resend', value: 'code' });
  });

  it('code sent by email to the same identity: the email is the identifier', () => {
    const m = model('login-sms-email-code-sent');
    expect(m.channel).toBe('email');
    expect(m.identifier).toMatch(/@example\.org$/);
    expect(m.hidden.filter((h) => h.name === 'identifier')).toHaveLength(1);
  });
});
