import { describe, expect, it } from 'vitest';
import { sameOriginPath, toBrowserUrl } from './urls';

const ctx = {
  internalUrl: 'http://kratos:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
};

describe('toBrowserUrl', () => {
  it('maps the internal Kratos host onto the proxy path', () => {
    expect(toBrowserUrl('http://kratos:4433/self-service/login?flow=abc', ctx)).toBe(
      '/kratos/self-service/login?flow=abc',
    );
  });
  it('recovers from a wrong base_url by the Kratos API path', () => {
    expect(
      toBrowserUrl('http://wrong.example:9999/prefix/self-service/login/browser?aal=aal2', ctx),
    ).toBe('/kratos/self-service/login/browser?aal=aal2');
  });
  it('keeps URLs already on the UI origin as paths', () => {
    expect(toBrowserUrl('http://127.0.0.1:3000/kratos/self-service/login?flow=1', ctx)).toBe(
      '/kratos/self-service/login?flow=1',
    );
    expect(toBrowserUrl('http://127.0.0.1:3000/login?flow=1', ctx)).toBe('/login?flow=1');
  });
  it('leaves foreign non-Kratos URLs alone (return_to targets)', () => {
    expect(toBrowserUrl('https://app.example.com/dashboard', ctx)).toBe(
      'https://app.example.com/dashboard',
    );
  });
  it('handles an internal URL with a path prefix', () => {
    const c = { ...ctx, internalUrl: 'http://gateway/identity' };
    expect(toBrowserUrl('http://gateway/identity/sessions/whoami', c)).toBe(
      '/kratos/sessions/whoami',
    );
  });
});

describe('sameOriginPath', () => {
  it.each([
    ['http://127.0.0.1:3000/settings?x=1', '/settings?x=1'],
    ['/settings', '/settings'],
    ['https://evil.example/', undefined],
    ['//evil.example/x', undefined],
    ['javascript:alert(1)', undefined],
    ['/\\evil.example', undefined],
  ])('%s → %s', (input, expected) => {
    expect(sameOriginPath(input, 'http://127.0.0.1:3000')).toBe(expected);
  });
});

describe('sameOriginPath as the return-path check', () => {
  const origin = 'http://127.0.0.1:3000';
  it('keeps same-origin paths with their query and fragment', () => {
    expect(sameOriginPath('/login?flow=8d2c&return_to=%2Fsettings', origin)).toBe(
      '/login?flow=8d2c&return_to=%2Fsettings',
    );
    expect(sameOriginPath('/settings#password', origin)).toBe('/settings#password');
    expect(sameOriginPath('/', origin)).toBe('/');
  });

  it.each([
    ['an absolute URL elsewhere', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash trick', '/\\evil.example/'],
    ['a tab that browsers strip', '/\t/evil.example/'],
    ['a path that normalises to //', '/.//evil.example/'],
    ['a relative path', 'login'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['nothing', null],
    ['a non-string', ['/login']],
    ['something huge', `/${'a'.repeat(5000)}`],
  ])('refuses %s', (_, value) => {
    expect(sameOriginPath(value, origin)).toBeUndefined();
  });
});
