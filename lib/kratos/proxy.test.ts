import { describe, expect, it } from 'vitest';
import { normalizeFormBody } from './proxy';

describe('normalizeFormBody', () => {
  it('strips whitespace from a pasted code', () => {
    expect(new URLSearchParams(normalizeFormBody('code=123+456&method=code')).get('code')).toBe(
      '123456',
    );
  });
  it('leaves bodies without a code alone', () => {
    expect(normalizeFormBody('identifier=a%40b.c&password=x+y')).toBe(
      'identifier=a%40b.c&password=x+y',
    );
  });
});
