import { describe, expect, it } from 'vitest';
import { mapFlow } from '@/lib/kratos/map';
import { captured } from '@/test/fixtures';
import { addressChannel, isInvalidPhoneMessage, isPhoneField, maskPhone } from '.';

const ctx = {
  internalUrl: 'http://127.0.0.1:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: [] as string[],
};

describe('maskPhone', () => {
  it('keeps the country code and the last four digits', () => {
    expect(maskPhone('+14155550142')).toBe('+1 ••• ••• 0142');
    expect(maskPhone('+1 (415) 555-0142')).toBe('+1 ••• ••• 0142');
    expect(maskPhone('+49 30 901820')).toBe('+49 ••• 1820');
    expect(maskPhone('+447911123456')).toBe('+44 ••• ••• 3456');
    expect(maskPhone('+353 85 123 4567')).toBe('+353 ••• ••• 4567');
  });
  it('leaves what is not an international number alone', () => {
    expect(maskPhone('someone@example.org')).toBe('someone@example.org');
    expect(maskPhone('+1234')).toBe('+1234');
  });
});

describe('the captured flows of the sms configuration', () => {
  it('the 2FA screen labels say the channel of each address', () => {
    const flow = mapFlow('login', captured('login-sms-aal2-choose').body, ctx);
    const channels = flow.nodes
      .filter((n) => n.attributes.nodeType === 'input' && n.attributes.name === 'address')
      .map((n) => addressChannel(String((n.attributes as { value?: unknown }).value), n.label));
    expect(channels.sort()).toEqual(['email', 'sms']);
  });

  it('a number that is not one: Kratos says 4000001 on the tel field, which we recognise', () => {
    for (const [kind, name] of [
      ['registration', 'registration-sms-invalid-phone'],
      ['settings', 'settings-sms-invalid-phone'],
    ] as const) {
      const flow = mapFlow(kind, captured(name).body, ctx);
      const field = flow.nodes.find(isPhoneField);
      expect(field?.messages.some((m) => isInvalidPhoneMessage(field, m))).toBe(true);
      const email = flow.nodes.find(
        (n) => n.attributes.nodeType === 'input' && n.attributes.name === 'traits.email',
      );
      expect(email && isPhoneField(email)).toBe(false);
    }
  });
});
