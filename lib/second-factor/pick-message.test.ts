import { describe, expect, it } from 'vitest';
import { mapFlow } from '@/lib/kratos/map';
import { captured } from '@/test/fixtures';
import { loginDeadEnd } from './dead-end';
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

describe('loginDeadEnd', () => {
  const flow = (name: string) => mapFlow('login', captured(name).body, ctx);
  const session = (yes: boolean) => async () => yes;

  it('attempts used up on the code step: start over, whatever the session', async () => {
    expect(await loginDeadEnd(flow('login-code-attempts-used-up'), session(false))).toBe(
      'attempts',
    );
  });

  it('a wrong code, a foreign address, an empty code or a plain prompt: go on', async () => {
    for (const name of [
      'login-code-wrong',
      'login-code-foreign-address',
      'login-code-empty',
      'login-aal2-refresh-choose-method',
    ]) {
      expect(await loginDeadEnd(flow(name), session(true))).toBeUndefined();
    }
  });

  it('an expired flow, and a generic error on a first-factor flow while signed in', async () => {
    const base = flow('login-code-attempts-used-up');
    const error = (id: number) => [{ id, type: 'error' as const, text: '' }];
    const expired = { ...base, messages: error(4010001) };
    expect(await loginDeadEnd(expired, session(false))).toBe('expired');
    const replaced = { ...base, state: 'choose_method', requestedAal: 'aal1' as const };
    expect(await loginDeadEnd(replaced, session(true))).toBe('expired');
    // Signed out, the same error is the form's own business.
    expect(await loginDeadEnd(replaced, session(false))).toBeUndefined();
  });
});

describe('pickSecondFactorMessage, passwordless code', () => {
  it('attempts used up on a first-factor code: the dead end', async () => {
    const f = mapFlow('login', captured('login-passwordless-attempts-used-up').body, ctx);
    expect(await loginDeadEnd(f, async () => false)).toBe('attempts');
  });
  it('resent: the sent message', () => {
    expect(id(pick('login-passwordless-resent'))).toBe(1010014);
  });
});
