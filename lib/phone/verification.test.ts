import { describe, expect, it } from 'vitest';
import { mapFlow, mapSession } from '@/lib/kratos/map';
import { captured } from '@/test/fixtures';
import { phoneStatuses, verificationCopy, verifyPhoneUrl } from './verification';

const ctx = {
  internalUrl: 'http://127.0.0.1:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: [] as string[],
};
const flow = (name: string) => mapFlow('verification', captured(name).body, ctx);

describe('verificationCopy', () => {
  it('a phone flow right after registration: our words instead of "An email containing…"', () => {
    const copy = verificationCopy(flow('verification-sms-sent'), true);
    expect(copy.title).toBe('verification.title-any');
    expect(copy.note).toEqual({ key: 'verification.sent-any', tone: 'info' });
    expect(copy.flow.messages.map((m) => m.id)).not.toContain(1080003);
    expect(
      copy.flow.nodes.some(
        (n) => n.attributes.nodeType === 'input' && n.attributes.name === 'code',
      ),
    ).toBe(true);
  });

  it('verified: our success line', () => {
    const copy = verificationCopy(flow('verification-sms-verified'), true);
    expect(copy.note).toEqual({ key: 'verification.done-any', tone: 'success' });
    expect(copy.flow.messages).toHaveLength(0);
  });

  it("a wrong code keeps Kratos's error", () => {
    const copy = verificationCopy(flow('verification-sms-wrong'), true);
    expect(copy.flow.messages.map((m) => m.id)).toEqual([4070006]);
  });

  it('Kratos refuses a phone number in the verification form (v1.3.1: email only)', () => {
    const f = flow('verification-sms-resend-refused');
    const email = f.nodes.find(
      (n) => n.attributes.nodeType === 'input' && n.attributes.name === 'email',
    );
    expect(email?.messages.map((m) => m.id)).toEqual([4000001]);
  });

  it('without phone numbers in the schemas nothing changes', () => {
    const f = flow('verification-sms-sent');
    expect(verificationCopy(f, false)).toEqual({ flow: f });
  });
});

describe('phoneStatuses', () => {
  it('the phone of a fresh registration: not verified, in the trait "phone"', () => {
    const body = captured('registration-sms-success').body as { session: unknown };
    const session = mapSession(body.session);
    expect(session).toBeDefined();
    const phones = phoneStatuses(session!);
    expect(phones).toHaveLength(1);
    expect(phones[0]).toMatchObject({ verified: false, trait: 'phone' });
    expect(verifyPhoneUrl('phone', 'http://127.0.0.1:3000')).toBe(
      '/start/login?aal=aal2&refresh=true&via=phone&return_to=http%3A%2F%2F127.0.0.1%3A3000%2Fsettings',
    );
  });
});
