import { describe, expect, it } from 'vitest';
import { capturedFlow } from '@/test/render';
import { RESEND_COOLDOWN_SECONDS, firstFactorCodeStep, secondFactorScreen } from './screen';

const screen = (name: string, choice = {}) =>
  secondFactorScreen(capturedFlow('login', name), choice);

describe('secondFactorScreen', () => {
  it('aal2 + refresh: opens on the address choice, titled for the second factor (1010004 wins)', () => {
    const view = screen('login-aal2-refresh-choose-method');
    expect([view.factor, view.step, view.reauth, view.code]).toEqual([
      'code',
      'choose',
      false,
      undefined,
    ]);
    expect(view.picked).toMatchObject({ kind: 'kratos', message: { id: 1010004 } });
  });

  it('a code just sent: the code step, Resend after the cooldown, no message of ours', () => {
    const view = screen('login-code-sent');
    expect(view.step).toBe('enter-code');
    expect(view.code).toMatchObject({ isError: false, texted: false });
    expect(view.code?.cooldownSeconds).toBe(RESEND_COOLDOWN_SECONDS);
    // The second factor names no address in our words: Kratos's "code sent" stays.
    expect(view.code?.message).toMatchObject({ kind: 'kratos', message: { id: 1010014 } });
  });

  it('a wrong code: an error on the code step, Resend at once', () => {
    const view = screen('login-code-wrong');
    expect(view.code).toMatchObject({ isError: true, cooldownSeconds: 0 });
    expect(view.picked).toMatchObject({ kind: 'kratos', message: { type: 'error' } });
  });

  it('a code by text message: said in our words with the number masked', () => {
    const view = screen('login-sms-code-sent');
    expect(view.code?.texted).toBe(true);
    expect(view.code?.message.kind).toBe('texted-to');
    const { address } = view.code?.message as { address: string };
    expect(address).toMatch(/•/);
  });

  it('an authenticator app with a wrong code opens on that factor, the error on its field', () => {
    const view = screen('login-totp-wrong');
    expect([view.factor, view.step, view.picked.kind]).toEqual(['totp', 'totp', 'none']);
    const field = view.nodes.find(
      (n) => n.attributes.nodeType === 'input' && n.attributes.name === 'totp_code',
    );
    expect(field?.messages.some((m) => m.type === 'error')).toBe(true);
    expect(view.code).toBeUndefined();
  });

  it('our restart notice when nothing else is said', () => {
    const view = screen('login-aal2-choose-method', { notice: 'expired' });
    expect(view.picked).toEqual({ kind: 'notice', notice: 'expired' });
  });
});

describe('firstFactorCodeStep', () => {
  it('passwordless: "We sent a code to …" names the address the code went to', () => {
    const step = firstFactorCodeStep(capturedFlow('login', 'login-passwordless-sent'));
    expect(step.message.kind).toBe('sent-to');
    expect(step.cooldownSeconds).toBe(RESEND_COOLDOWN_SECONDS);
  });

  it('registration by code: the account given by the page wins', () => {
    const step = firstFactorCodeStep(
      capturedFlow('registration', 'registration-passwordless-sent'),
      undefined,
      'me@example.org',
    );
    expect(step.message).toEqual({ kind: 'sent-to', address: 'me@example.org' });
  });

  it('a wrong code: the error, no cooldown', () => {
    const step = firstFactorCodeStep(capturedFlow('login', 'login-passwordless-wrong'));
    expect([step.isError, step.cooldownSeconds, step.message.kind]).toEqual([true, 0, 'kratos']);
  });
});
