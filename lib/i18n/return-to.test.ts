import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('keeps same-origin paths with their query and fragment', () => {
    expect(safeReturnTo('/login?flow=8d2c&return_to=%2Fsettings')).toBe(
      '/login?flow=8d2c&return_to=%2Fsettings',
    );
    expect(safeReturnTo('/settings#password')).toBe('/settings#password');
    expect(safeReturnTo('/')).toBe('/');
  });

  it.each([
    ['an absolute URL', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash trick', '/\\evil.example/'],
    ['a tab that browsers strip', '/\t/evil.example/'],
    ['a path that normalises to //', '/.//evil.example/'],
    ['a relative path', 'login'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['nothing', null],
    ['a non-string', ['/login']],
    ['something huge', `/${'a'.repeat(5000)}`],
  ])('turns %s into /', (_, value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});
