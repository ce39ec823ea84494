import { describe, expect, it } from 'vitest';
import { captured } from '@/test/fixtures';
import { errorCause } from './errors';
import { mapError, mapFlow } from './map';
import {
  comeBackAfterLogin,
  deadEnd,
  deadEndCause,
  errorPageCause,
  flowFailure,
  fullSessionFirst,
  restart,
  RESTARTS,
  restartUrl,
  secondFactorFirst,
  signInFirst,
  startUrl,
  withoutReturnTo,
  type RestartCause,
} from './restart';

const ctx = {
  internalUrl: 'http://127.0.0.1:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: [] as string[],
};
const none = new URLSearchParams();
const failure = (kind: Parameters<typeof flowFailure>[0], name: string, page = none) => {
  const c = captured(name);
  return flowFailure(kind, c.status, mapError(c.status, c.body), page, ctx);
};
const params = { aal: 'aal2', return_to: 'https://app.example/x', login_challenge: 'c' };

describe('the restart table', () => {
  // Every cause, on a login flow with aal2 parameters, for a session that owes its second factor.
  const expected: Record<RestartCause, string> = {
    missing: '/start/login?aal=aal2&return_to=https%3A%2F%2Fapp.example%2Fx&login_challenge=c',
    expired:
      '/start/login?aal=aal2&return_to=https%3A%2F%2Fapp.example%2Fx&login_challenge=c&notice=expired',
    csrf: '/start/login?aal=aal2&return_to=https%3A%2F%2Fapp.example%2Fx&login_challenge=c&notice=csrf',
    refused: '/start/login?aal=aal2&return_to=https%3A%2F%2Fapp.example%2Fx&login_challenge=c',
    'signed-out': '/start/login?return_to=https%3A%2F%2Fapp.example%2Fx',
    'dead-end-expired':
      '/start/login?aal=aal2&return_to=https%3A%2F%2Fapp.example%2Fx&login_challenge=c&notice=expired',
    attempts:
      '/start/login?aal=aal2&return_to=https%3A%2F%2Fapp.example%2Fx&login_challenge=c&notice=attempts',
    'error-signed-out': '/start/login?aal=aal2&notice=missing',
    'error-csrf': '/start/login?aal=aal2&notice=csrf',
    'error-expired': '/start/login?aal=aal2&notice=expired',
    'second-factor-owed': '/start/login?aal=aal2&return_to=https%3A%2F%2Fapp.example%2Fx',
  };
  it.each(Object.keys(RESTARTS) as RestartCause[])('%s', (cause) => {
    expect(restart(cause, 'login', params, true)).toEqual({ cause, to: expected[cause] });
  });

  it('puts aal=aal2 back only for a login whose session owes the second factor', () => {
    expect(restart('attempts', 'login', { return_to: '/x' }, true).to).toBe(
      '/start/login?aal=aal2&return_to=%2Fx&notice=attempts',
    );
    expect(restart('attempts', 'login', { return_to: '/x' }, false).to).toBe(
      '/start/login?return_to=%2Fx&notice=attempts',
    );
    expect(restart('attempts', 'registration', { return_to: '/x' }, true).to).toBe(
      '/start/registration?return_to=%2Fx&notice=attempts',
    );
    // Causes that never concern the second factor ignore it.
    expect(restart('expired', 'login', {}, true).to).toBe('/start/login?notice=expired');
    expect(restart('signed-out', 'settings', { return_to: '/x' }, true).to).toBe(
      '/start/login?return_to=%2Fx',
    );
  });

  it('has the helpers pages use', () => {
    expect(signInFirst('http://127.0.0.1:3000/devices')).toBe(
      '/start/login?return_to=http%3A%2F%2F127.0.0.1%3A3000%2Fdevices',
    );
    expect(signInFirst()).toBe('/start/login');
    expect(secondFactorFirst('/consent?c=1')).toBe(
      '/start/login?aal=aal2&return_to=%2Fconsent%3Fc%3D1',
    );
    expect(secondFactorFirst()).toBe('/start/login?aal=aal2');
    expect(restartUrl('login', { aal: 'aal2' }, 'attempts')).toBe(
      '/start/login?aal=aal2&notice=attempts',
    );
    expect(startUrl('settings', '?return_to=%2Fx')).toBe('/start/settings?return_to=%2Fx');
  });
});

describe('flowFailure: loading a flow page failed', () => {
  it('restarts on an unknown flow id, keeping the page parameters', () => {
    const page = new URLSearchParams('flow=x&aal=aal2&return_to=/settings');
    expect(failure('login', 'login-flow-unknown-id', page)).toEqual({
      kind: 'restart',
      to: '/start/login?aal=aal2&return_to=%2Fsettings',
    });
  });

  it('restarts with a notice on a CSRF violation', () => {
    expect(failure('login', 'login-code-forged-csrf')).toEqual({
      kind: 'restart',
      to: '/start/login?notice=csrf',
    });
  });

  it('sends a user without a session to the first-factor login', () => {
    expect(failure('login', 'login-aal2-without-session')).toEqual({
      kind: 'restart',
      to: '/start/login',
    });
  });

  it('follows redirect_browser_to through the proxy path', () => {
    expect(failure('settings', 'login-password-aal2-required')).toEqual({
      kind: 'redirect',
      to: '/kratos/self-service/login/browser?aal=aal2',
    });
  });

  it('sends an already signed-in user where they were heading', () => {
    const page = new URLSearchParams('return_to=/settings');
    expect(failure('login', 'login-already-signed-in', page)).toEqual({
      kind: 'redirect',
      to: '/settings',
    });
  });

  it('restarts an expired flow with what Kratos kept and what the page had', () => {
    const error = {
      status: 410,
      id: 'self_service_flow_expired',
      message: 'expired',
      redirectTo: 'http://127.0.0.1:3000/kratos/self-service/login/browser?refresh=true',
    };
    const page = new URLSearchParams('flow=x&return_to=/settings');
    expect(flowFailure('login', 410, error, page, ctx)).toEqual({
      kind: 'restart',
      to: '/start/login?return_to=%2Fsettings&refresh=true&notice=expired',
    });
  });

  it('restarts another refused flow, but shows a refused login', () => {
    const error = { status: 403, id: 'some_other', message: 'no' };
    expect(flowFailure('recovery', 403, error, none, ctx)).toEqual({
      kind: 'restart',
      to: '/start/recovery',
    });
    expect(flowFailure('login', 403, error, none, ctx)).toMatchObject({ kind: 'error' });
  });

  it('reports Kratos outages as unavailable', () => {
    const outage = mapError(0, undefined);
    expect(flowFailure('login', 0, outage, none, ctx)).toEqual({ kind: 'unavailable' });
    expect(flowFailure('login', 502, mapError(502, 'bad gateway'), none, ctx)).toEqual({
      kind: 'unavailable',
    });
  });

  it('gives a browser that sends no cookies one fresh flow, then a clear error', () => {
    const first = failure('registration', 'login-code-forged-csrf', new URLSearchParams('flow=x'));
    expect(first).toEqual({ kind: 'restart', to: '/start/registration?notice=csrf' });
    const again = failure(
      'registration',
      'login-code-forged-csrf',
      new URLSearchParams('flow=y&notice=csrf'),
    );
    expect(again).toMatchObject({ kind: 'error', error: { id: 'cookies_required' } });
  });
});

describe('deadEnd: a flow that loaded but cannot go on', () => {
  const flow = (name: string) => mapFlow('login', captured(name).body, ctx);
  const session = (signedIn: boolean, owed = false) => ({
    signedIn: async () => signedIn,
    secondFactorOwed: async () => owed,
  });

  it('attempts used up on the code step: start over, whatever the session', async () => {
    expect(await deadEndCause(flow('login-code-attempts-used-up'), async () => false)).toBe(
      'attempts',
    );
    const f = flow('login-passwordless-attempts-used-up');
    expect(await deadEndCause(f, async () => false)).toBe('attempts');
  });

  it('a wrong code, a foreign address, an empty code or a plain prompt: go on', async () => {
    for (const name of [
      'login-code-wrong',
      'login-code-foreign-address',
      'login-code-empty',
      'login-aal2-refresh-choose-method',
    ]) {
      expect(await deadEnd(flow(name), session(true))).toBeUndefined();
    }
  });

  it('an expired flow, and a generic error on a first-factor flow while signed in', async () => {
    const base = flow('login-code-attempts-used-up');
    const error = (id: number) => [{ id, type: 'error' as const, text: '' }];
    const expired = { ...base, messages: error(4010001) };
    expect(await deadEndCause(expired, async () => false)).toBe('dead-end-expired');
    const replaced = {
      ...base,
      state: 'choose_method',
      requestedAal: 'aal1' as const,
      restartParams: { return_to: '/x' },
    };
    // Kratos's flow for an expired aal2 one: the second factor is asked again.
    expect(await deadEnd(replaced, session(true, true))).toEqual({
      cause: 'dead-end-expired',
      to: '/start/login?aal=aal2&return_to=%2Fx&notice=expired',
    });
    // Signed out, the same error is the form's own business.
    expect(await deadEnd(replaced, session(false))).toBeUndefined();
  });

  it('keeps aal=aal2 of an aal2 flow without asking the session', async () => {
    const f = flow('login-code-attempts-used-up');
    const probe = {
      signedIn: async () => true,
      secondFactorOwed: async (): Promise<boolean> => {
        throw new Error('not asked');
      },
    };
    const out = await deadEnd(f, probe);
    expect(out?.cause).toBe('attempts');
    expect(out?.to).toMatch(/^\/start\/login\?aal=aal2.*&notice=attempts$/);
  });

  it('only login and registration flows have dead ends', async () => {
    const f = { ...flow('login-code-attempts-used-up'), kind: 'settings' as const };
    expect(await deadEnd(f, session(true, true))).toBeUndefined();
  });
});

describe('the error page', () => {
  it('starts the sign-in over for the errors a new sign-in resolves', () => {
    expect(errorPageCause('session_aal1_required')).toBe('error-signed-out');
    expect(errorPageCause('session_inactive')).toBe('error-signed-out');
    expect(errorPageCause('security_csrf_violation')).toBe('error-csrf');
    expect(errorPageCause('self_service_flow_expired')).toBe('error-expired');
    expect(errorPageCause('self_service_flow_return_to_forbidden')).toBeUndefined();
    expect(errorPageCause(undefined)).toBeUndefined();
  });
});

describe('errorCause: the SDK helpers on captured errors', () => {
  it('names each error', () => {
    const id = (name: string) => mapError(captured(name).status, captured(name).body).id;
    expect(errorCause(id('whoami-aal1-needs-aal2'))).toBe('second-factor-owed');
    expect(errorCause(id('login-code-forged-csrf'))).toBe('csrf');
    expect(errorCause(id('login-already-signed-in'))).toBe('session-already-available');
    expect(errorCause(id('login-flow-unknown-id'))).toBe('other');
  });
});

describe('starting a flow', () => {
  const ui = { origin: 'http://127.0.0.1:3000', url: 'http://127.0.0.1:3000' };
  it('points an aal2 login made for settings back to settings', () => {
    expect(
      comeBackAfterLogin('/kratos/self-service/login/browser?aal=aal2', 'settings', ui, '/x'),
    ).toBe(
      '/kratos/self-service/login/browser?aal=aal2&return_to=http%3A%2F%2F127.0.0.1%3A3000%2Fsettings%3Freturn_to%3D%252Fx',
    );
    const given = '/kratos/self-service/login/browser?aal=aal2&return_to=%2Fy';
    expect(comeBackAfterLogin(given, 'settings', ui, null)).toBe(given);
    expect(comeBackAfterLogin('/settings?flow=1', 'settings', ui, null)).toBe('/settings?flow=1');
  });

  it('drops a refused return_to, once', () => {
    expect(withoutReturnTo('verification', { return_to: 'https://evil.example' })).toBe(
      '/start/verification',
    );
    expect(withoutReturnTo('verification', {})).toBeUndefined();
  });
});

describe('fullSessionFirst', () => {
  it('the 2FA screen for a session that owes its second factor, else a sign-in; then back', () => {
    const back = 'http://127.0.0.1:3000/apps';
    expect(fullSessionFirst('second-factor-owed', back)).toBe(secondFactorFirst(back));
    expect(fullSessionFirst('anonymous', back)).toBe(signInFirst(back));
    expect(fullSessionFirst('anonymous', back)).toBe(
      `/start/login?return_to=${encodeURIComponent(back)}`,
    );
  });
});
