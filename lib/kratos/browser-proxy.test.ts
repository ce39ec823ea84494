import { describe, expect, it } from 'vitest';
import { isPublicKratosPath, normalizeFormBody } from './browser-proxy';

describe('normalizeFormBody', () => {
  it('strips whitespace from a pasted code', () => {
    expect(new URLSearchParams(normalizeFormBody('code=123+456&method=code')).get('code')).toBe(
      '123456',
    );
  });
  it('writes a phone number trait without separators, and leaves other traits alone', () => {
    const out = new URLSearchParams(
      normalizeFormBody(
        'traits.email=a%40b.c&traits.phone=%2B1+(415)+555-0100&traits.name.first=Jo&method=password',
      ),
    );
    expect(out.get('traits.phone')).toBe('+14155550100');
    expect(out.get('traits.email')).toBe('a@b.c');
    expect(out.get('traits.name.first')).toBe('Jo');
    expect(normalizeFormBody('traits.phone=030+1234567')).toBe('traits.phone=030+1234567');
  });
  it('leaves bodies without a code alone', () => {
    expect(normalizeFormBody('identifier=a%40b.c&password=x+y')).toBe(
      'identifier=a%40b.c&password=x+y',
    );
  });
});

describe('isPublicKratosPath', () => {
  it.each([
    [['self-service', 'login', 'browser']],
    [['self-service', 'methods', 'oidc', 'callback', 'example']],
    [['sessions', 'whoami']],
    [['sessions']],
    [['schemas', 'default']],
    [['.well-known', 'ory', 'webauthn.js']],
  ])('forwards %j', (path) => {
    expect(isPublicKratosPath(path)).toBe(true);
  });

  it.each([
    [['admin', 'identities']],
    [['identities']],
    [['..', '..', 'admin', 'identities']],
    [['../../admin', 'identities']],
    [['..%2f..%2fadmin', 'identities']],
    [['self-service', '..', '..', 'admin']],
    [['self-service\\..\\admin']],
    [['health', 'ready']],
    [['version']],
    [['metrics', 'prometheus']],
    [['.well-known', 'openid-configuration']],
    [[]],
    [['']],
  ])('refuses %j', (path) => {
    expect(isPublicKratosPath(path)).toBe(false);
  });
});

describe('cookiesForKratos', () => {
  it('keeps Kratos cookies and drops our own', async () => {
    const { cookiesForKratos } = await import('./own-cookies');
    expect(
      cookiesForKratos(
        'ory_kratos_session=a; ui_csrf=b; csrf_token_123=c; locale=de; ui_locales=de',
      ),
    ).toBe('ory_kratos_session=a; csrf_token_123=c');
    expect(cookiesForKratos('ui_csrf=b; locale=de')).toBeUndefined();
    expect(cookiesForKratos(null)).toBeUndefined();
  });
});
