import { describe, expect, it } from 'vitest';
import { capturedFlow } from '@/test/render';
import {
  availableFactors,
  chooseFactor,
  maskAddress,
  messagesFor,
  moveErrorsToField,
} from './factors';

const flow = (name: string) => capturedFlow('login', name);
const choose = (name: string, extra: { requested?: string; remembered?: string } = {}) => {
  const f = flow(name);
  return chooseFactor({ nodes: f.nodes, messages: f.messages, ...extra });
};

describe('availableFactors', () => {
  it('an identity with an authenticator app and backup codes: app, email code, backup code', () => {
    expect(availableFactors(flow('login-aal2-several-factors').nodes)).toEqual([
      'totp',
      'code',
      'lookup_secret',
    ]);
  });
  it('the email code only', () => {
    expect(availableFactors(flow('login-aal2-choose-method').nodes)).toEqual(['code']);
  });
  it('once a code was sent Kratos offers the code only', () => {
    expect(availableFactors(flow('login-several-factors-code-sent').nodes)).toEqual(['code']);
  });
});

describe('chooseFactor', () => {
  it('opens on the authenticator app, not on "send code"', () => {
    expect(choose('login-aal2-several-factors')).toBe('totp');
  });
  it('the email code when that is all there is', () => {
    expect(choose('login-aal2-choose-method')).toBe('code');
  });
  it('the factor last used in this browser', () => {
    expect(choose('login-aal2-several-factors', { remembered: 'code' })).toBe('code');
  });
  it('a backup code is never the default, even when remembered', () => {
    expect(choose('login-aal2-several-factors', { remembered: 'lookup_secret' })).toBe('totp');
  });
  it('a remembered factor this flow does not offer is ignored', () => {
    expect(choose('login-aal2-choose-method', { remembered: 'totp' })).toBe('code');
  });
  it('the one picked under "Use another method" wins over the remembered one', () => {
    expect(
      choose('login-aal2-several-factors', { requested: 'lookup_secret', remembered: 'code' }),
    ).toBe('lookup_secret');
    expect(choose('login-aal2-several-factors', { requested: 'bogus' })).toBe('totp');
  });
  it('errors land on the step that caused them', () => {
    expect(choose('login-totp-wrong', { remembered: 'code' })).toBe('totp');
    expect(choose('login-lookup-wrong')).toBe('lookup_secret');
    expect(choose('login-lookup-reused', { remembered: 'totp' })).toBe('lookup_secret');
  });
  it('a factor picked after an error of another one: the picked one', () => {
    expect(choose('login-totp-wrong', { requested: 'lookup_secret' })).toBe('lookup_secret');
  });
  it('a sent code keeps the code step', () => {
    expect(choose('login-several-factors-code-sent', { remembered: 'totp' })).toBe('code');
  });
  it('after used-up attempts, the code step', () => {
    const f = flow('login-aal2-several-factors');
    expect(chooseFactor({ nodes: f.nodes, messages: [], notice: 'attempts' })).toBe('code');
  });
});

describe('messagesFor', () => {
  it("a factor's step never shows another factor's message", () => {
    const wrong = flow('login-totp-wrong').messages;
    expect(messagesFor('totp', wrong).map((m) => m.id)).toEqual([4000008]);
    expect(messagesFor('code', wrong)).toEqual([]);
    expect(messagesFor('totp', flow('login-code-sent').messages)).toEqual([]);
  });
  it('the general prompt belongs to every step', () => {
    const f = flow('login-aal2-several-factors');
    expect(messagesFor('lookup_secret', f.messages).map((m) => m.id)).toEqual([1010004]);
  });
});

describe('moveErrorsToField', () => {
  it('a wrong authenticator code moves onto the totp_code field', () => {
    const f = flow('login-totp-wrong');
    const { nodes, messages } = moveErrorsToField('totp', f.nodes, f.messages);
    expect(messages).toEqual([]);
    const field = nodes.find(
      (n) => n.attributes.nodeType === 'input' && n.attributes.name === 'totp_code',
    );
    expect(field?.messages.map((m) => m.id)).toEqual([4000008]);
  });
  it('a used backup code moves onto the lookup_secret field', () => {
    const f = flow('login-lookup-reused');
    const { nodes } = moveErrorsToField('lookup_secret', f.nodes, f.messages);
    const field = nodes.find(
      (n) => n.attributes.nodeType === 'input' && n.attributes.name === 'lookup_secret',
    );
    expect(field?.messages.map((m) => m.id)).toEqual([4000012]);
  });
});

describe('maskAddress', () => {
  it('keeps the first letter and the domain', () => {
    expect(maskAddress('jane.doe@example.org')).toBe('j…@example.org');
    expect(maskAddress('x')).toBe('x');
  });
});
