import { describe, expect, it } from 'vitest';
import { postedMethod, rememberFactorCookie, REMEMBERED_FACTOR_COOKIE } from './remember';

const post = (body: string, location: string, status = 303) =>
  rememberFactorCookie({
    path: '/self-service/login',
    method: 'POST',
    status,
    location,
    body,
    secure: false,
  });

describe('rememberFactorCookie', () => {
  it('a sign-in finished with the authenticator app remembers it', () => {
    const cookie = post('csrf_token=x&totp_code=123456&method=totp', '/');
    expect(cookie).toMatch(
      new RegExp(`^${REMEMBERED_FACTOR_COOKIE}=totp; Max-Age=31536000; Path=/;`),
    );
    expect(cookie).toContain('HttpOnly');
    expect(cookie).not.toContain('Secure');
  });
  it('the email code, and a security key (webauthn.js posts no method)', () => {
    expect(post('csrf_token=x&code=1&identifier=a%40b&method=code', '/settings?flow=1')).toMatch(
      /=code;/,
    );
    expect(post('csrf_token=x&webauthn_login=%7B%7D', '/')).toMatch(/=webauthn;/);
  });
  it('a refused attempt goes back to the login screen: nothing remembered', () => {
    expect(post('method=totp&totp_code=000000', '/login?flow=abc')).toBeUndefined();
    expect(post('method=code&code=1', '/error?id=1')).toBeUndefined();
  });
  it('never a backup code, a password or an unknown method', () => {
    expect(post('method=lookup_secret&lookup_secret=abc', '/')).toBeUndefined();
    expect(post('method=password&password=x', '/kratos/self-service/login/browser?aal=aal2')).toBe(
      undefined,
    );
    expect(post('method=%3Cscript%3E', '/')).toBeUndefined();
  });
  it('setting up a factor in the settings forgets the remembered one; other settings do not', () => {
    const settings = (body: string) =>
      rememberFactorCookie({
        path: '/self-service/settings',
        method: 'POST',
        status: 303,
        location: '/settings?flow=1',
        body,
        secure: false,
      });
    expect(settings('method=totp&totp_code=123456')).toMatch(
      new RegExp(`^${REMEMBERED_FACTOR_COOKIE}=; Max-Age=0;`),
    );
    expect(settings('webauthn_register=%7B%7D&webauthn_register_displayname=Key')).toMatch(
      /Max-Age=0/,
    );
    expect(settings('method=password&password=x')).toBeUndefined();
    expect(settings('method=totp&totp_unlink=true')).toBeUndefined();
  });
  it('only posts that redirect', () => {
    expect(post('method=totp', '/', 200)).toBeUndefined();
  });
  it('Secure on https', () => {
    expect(
      rememberFactorCookie({
        path: '/self-service/login',
        method: 'POST',
        status: 303,
        location: 'https://app.example/',
        body: 'method=totp',
        secure: true,
      }),
    ).toMatch(/; Secure$/);
  });
});

describe('postedMethod', () => {
  it('reads method, else webauthn_login', () => {
    expect(postedMethod(new URLSearchParams('method=code'))).toBe('code');
    expect(postedMethod(new URLSearchParams('webauthn_login=x'))).toBe('webauthn');
    expect(postedMethod(new URLSearchParams('a=b'))).toBeUndefined();
  });
});
