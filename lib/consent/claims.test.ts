import { describe, expect, it } from 'vitest';
import { idTokenClaims } from './claims';

describe('idTokenClaims', () => {
  const session = {
    id: 's',
    aal: 'aal2',
    methods: ['password', 'code'],
    identity: {
      id: 'i',
      traits: { email: 'Ada@Example.org', name: { first: 'Ada', last: 'Lovelace' } },
      verified: true,
      addresses: [{ value: 'ada@example.org', via: 'email', verified: true }],
    },
  };

  it('gives email and email_verified for the email scope, names for profile', () => {
    expect(idTokenClaims(session, ['openid', 'email', 'profile'])).toEqual({
      email: 'Ada@Example.org',
      email_verified: true,
      name: 'Ada Lovelace',
      given_name: 'Ada',
      family_name: 'Lovelace',
    });
  });

  it('gives nothing for scopes that were not granted', () => {
    expect(idTokenClaims(session, ['openid'])).toEqual({});
    expect(idTokenClaims(session, ['openid', 'email'])).toEqual({
      email: 'Ada@Example.org',
      email_verified: true,
    });
  });

  it('says email_verified false when the address is not verified', () => {
    const unverified = {
      ...session,
      identity: {
        ...session.identity,
        addresses: [{ value: 'ada@example.org', via: 'email', verified: false }],
      },
    };
    expect(idTokenClaims(unverified, ['email']).email_verified).toBe(false);
  });
});
