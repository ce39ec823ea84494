import { describe, expect, it } from 'vitest';
import { mapSession } from '@/lib/kratos/map';
import { captured } from '@/test/fixtures';
import { accountOverview, needsFreshSignIn } from './overview';

// The session Kratos's whoami answered for an account that did its second factor.
const session = () => {
  const s = mapSession(captured('sessions-whoami-aal2').body);
  if (!s) throw new Error('fixture did not map');
  return s;
};

describe('accountOverview', () => {
  it('an aal2 session: two-step verification on, its addresses with their state', () => {
    const s = session();
    const view = accountOverview(s, { devices: 2, apps: 0 });
    expect(view.twoStep).toBe(true);
    expect(view.addresses).toEqual(
      s.identity.addresses.map((a) => ({ value: a.value, via: a.via, verified: a.verified })),
    );
    expect(view.signedInAt).toBe(s.authenticatedAt);
    expect([view.devices, view.apps]).toEqual([2, 0]);
    expect(view.methods).toBeUndefined();
  });

  it('an aal1 session is still protected when a second factor is set up', () => {
    const s = { ...session(), aal: 'aal1' };
    expect(accountOverview(s, {}).twoStep).toBe(false);
    const methods = {
      password: true,
      codeAddresses: [],
      totp: true,
      securityKeys: [],
      passkeys: [],
    };
    expect(accountOverview(s, { methods }).twoStep).toBe(true);
  });

  it('the name from the profile, first and last', () => {
    const s = session();
    const named = {
      ...s,
      identity: {
        ...s.identity,
        traits: { ...s.identity.traits, name: { first: ' Ada ', last: 'Lovelace' } },
      },
    };
    expect(accountOverview(named, {}).name).toBe('Ada Lovelace');
    const unnamed = { ...s, identity: { ...s.identity, traits: { email: 'a@example.org' } } };
    expect(accountOverview(unnamed, {}).name).toBeUndefined();
  });
});

describe('needsFreshSignIn', () => {
  const at = captured('sessions-whoami-aal2').body as { authenticated_at: string };
  const signedIn = Date.parse(at.authenticated_at);
  it('within the privileged age: no', () => {
    expect(needsFreshSignIn(at.authenticated_at, new Date(signedIn + 899_000), 900)).toBe(false);
  });
  it('past it, or with no sign-in time: yes', () => {
    expect(needsFreshSignIn(at.authenticated_at, new Date(signedIn + 901_000), 900)).toBe(true);
    expect(needsFreshSignIn(undefined, new Date(signedIn), 900)).toBe(true);
  });
});
