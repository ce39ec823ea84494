import { describe, expect, it } from 'vitest';
import { resolveLogoutReturnTo } from './return-to';

const ui = 'http://127.0.0.1:3000';

describe('resolveLogoutReturnTo', () => {
  it('resolves our own paths on the UI origin', () => {
    expect(resolveLogoutReturnTo('/settings?x=1', ui)).toBe(`${ui}/settings?x=1`);
    expect(resolveLogoutReturnTo(`${ui}/login`, ui)).toBe(`${ui}/login`);
  });

  it('leaves foreign http(s) URLs for Kratos to allow or refuse', () => {
    expect(resolveLogoutReturnTo('https://app.example.com/bye', ui)).toBe(
      'https://app.example.com/bye',
    );
  });

  it('drops everything else', () => {
    for (const raw of [
      '',
      null,
      undefined,
      'javascript:alert(1)',
      'data:text/html,hi',
      'https://user@evil.example/',
      'x'.repeat(3000),
    ]) {
      expect(resolveLogoutReturnTo(raw, ui), String(raw).slice(0, 40)).toBeUndefined();
    }
  });

  it('does not mistake protocol-relative or backslash tricks for our paths', () => {
    expect(resolveLogoutReturnTo('//evil.example/x', ui)).toBeUndefined();
    expect(resolveLogoutReturnTo('/\\evil.example/x', ui)).toBeUndefined();
  });
});
