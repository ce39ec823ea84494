import { describe, expect, it } from 'vitest';
import { matchLocale, negotiateLocale, parseAcceptLanguage, textDirection } from './locales';
import { oryIndex } from './test/ory-catalogs';

// The real list, as extracted from @ory/elements-react.
const supported = oryIndex().locales;

describe('parseAcceptLanguage', () => {
  it('orders ranges by q, keeping header order for ties, and drops q=0 and *', () => {
    expect(parseAcceptLanguage('fr;q=0.5, de-DE, en;q=0.8, *;q=0.1, es;q=0, it')).toEqual([
      'de-DE',
      'it',
      'en',
      'fr',
    ]);
  });

  it('ignores malformed q-values and empty entries', () => {
    expect(parseAcceptLanguage('de;q=2, fr;q=abc, ,en;q=0.9')).toEqual(['en']);
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
  });

  it('bounds the work on a huge header', () => {
    const header = Array.from({ length: 5000 }, (_, i) => `x${i}`).join(',');
    expect(parseAcceptLanguage(header).length).toBeLessThanOrEqual(32);
  });
});

describe('matchLocale', () => {
  it('maps regional and script variants to the catalog Ory ships', () => {
    expect(supported).toEqual(expect.arrayContaining(['en', 'de', 'ar', 'he', 'zh', 'pt', 'no']));
    expect(matchLocale('de-DE', supported)).toBe('de');
    expect(matchLocale('DE_at', supported)).toBe('de');
    expect(matchLocale('zh-Hant-TW', supported)).toBe('zh');
    expect(matchLocale('pt-BR', supported)).toBe('pt');
  });

  it('knows the aliases browsers send', () => {
    expect(matchLocale('nb-NO', supported)).toBe('no');
    expect(matchLocale('iw', supported)).toBe('he');
  });

  it('rejects what is not a language tag or not supported', () => {
    expect(matchLocale('../../etc/passwd', supported)).toBeUndefined();
    expect(matchLocale('tlh', supported)).toBeUndefined();
    expect(matchLocale('', supported)).toBeUndefined();
    expect(matchLocale(undefined, supported)).toBeUndefined();
  });
});

describe('negotiateLocale', () => {
  it('prefers the cookie, an explicit choice, over the browser', () => {
    expect(negotiateLocale({ cookie: 'ar', acceptLanguage: 'de-DE,de;q=0.9' }, supported)).toBe(
      'ar',
    );
  });

  it('falls back to Accept-Language when the cookie is missing or bogus', () => {
    expect(negotiateLocale({ acceptLanguage: 'de-DE,de;q=0.9,en;q=0.8' }, supported)).toBe('de');
    expect(negotiateLocale({ cookie: 'xx-invalid', acceptLanguage: 'fr-CA' }, supported)).toBe(
      'fr',
    );
  });

  it('skips unsupported languages for the next acceptable one', () => {
    expect(negotiateLocale({ acceptLanguage: 'tlh, qya;q=0.9, ar-EG;q=0.5' }, supported)).toBe(
      'ar',
    );
  });

  it('honours q-values over header order', () => {
    expect(negotiateLocale({ acceptLanguage: 'en;q=0.2, de;q=0.9' }, supported)).toBe('de');
  });

  it('defaults to English', () => {
    expect(negotiateLocale({}, supported)).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'tlh' }, supported)).toBe('en');
    expect(negotiateLocale({ acceptLanguage: 'de;q=0' }, supported)).toBe('en');
  });
});

describe('textDirection', () => {
  it('is rtl for Arabic, Hebrew, Persian and Urdu (any region), ltr otherwise', () => {
    for (const l of ['ar', 'he', 'fa', 'ur', 'ar-EG']) expect(textDirection(l)).toBe('rtl');
    for (const l of ['en', 'de', 'zh', 'tr']) expect(textDirection(l)).toBe('ltr');
  });
});
