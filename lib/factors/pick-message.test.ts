import { describe, expect, it } from 'vitest';
import { mapFlow } from '@/lib/kratos/map';
import { captured } from '@/test/fixtures';
import { pickSecondFactorMessage, type Notice } from './pick-message';

const ctx = {
  internalUrl: 'http://127.0.0.1:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: [] as string[],
};

function pick(name: string, notice?: Notice) {
  const flow = mapFlow('login', captured(name).body, ctx);
  return pickSecondFactorMessage({ messages: flow.messages, nodes: flow.nodes, notice });
}
const id = (p: ReturnType<typeof pick>) =>
  p.kind === 'kratos' ? p.message.id : p.kind === 'notice' ? p.notice : undefined;

describe('pickSecondFactorMessage', () => {
  it('aal2 requested: the second-factor prompt', () => {
    expect(id(pick('login-aal2-choose-method'))).toBe(1010004);
  });
  it('aal2 + refresh on an aal1 session: 1010004, never 1010003 beside it', () => {
    expect(id(pick('login-aal2-refresh-choose-method'))).toBe(1010004);
  });
  it('refresh of a session that already is aal2: the re-authentication prompt', () => {
    expect(id(pick('login-aal2-refresh-of-aal2-session'))).toBe(1010003);
  });
  it('code sent', () => {
    expect(id(pick('login-code-sent'))).toBe(1010014);
  });
  it('wrong code', () => {
    expect(id(pick('login-code-wrong'))).toBe(4010008);
  });
  it('foreign address', () => {
    expect(id(pick('login-code-foreign-address'))).toBe(4000035);
  });
  it('empty code: the error on the code node', () => {
    const p = pick('login-code-empty');
    expect(p.kind === 'kratos' && p.message.type).toBe('error');
  });
  it('attempts used up: the error, recognised as a dead end', () => {
    const p = pick('login-code-attempts-used-up');
    expect(id(p)).toBe(4000001);
  });
  it('a restart notice replaces the info prompt', () => {
    expect(id(pick('login-aal2-choose-method', 'attempts'))).toBe('attempts');
  });
  it('an error beats a restart notice', () => {
    expect(id(pick('login-code-wrong', 'expired'))).toBe(4010008);
  });
  it('no messages: nothing', () => {
    expect(pickSecondFactorMessage({ messages: [], nodes: [] })).toEqual({ kind: 'none' });
  });
});

describe('pickSecondFactorMessage, passwordless code', () => {
  it('resent: the sent message', () => {
    expect(id(pick('login-passwordless-resent'))).toBe(1010014);
  });
});
