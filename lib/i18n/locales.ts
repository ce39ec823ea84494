// Locale negotiation. Pure (no request, no files), so it is unit-tested directly.

export const DEFAULT_LOCALE = 'en';

/** The cookie the language switcher (app/locale/route.ts) sets. */
export const LOCALE_COOKIE = 'locale';
/** The languages an app asked for (OpenID Connect ui_locales), kept for the rest of its sign-in. */
export const UI_LOCALES_COOKIE = 'ui_locales';

export type TextDirection = 'ltr' | 'rtl';

// Languages written right to left. Beyond ar/he/fa/ur this covers the other Ory catalogs in
// Arabic script (ps, sd, ug, and ku, which Ory ships in Sorani).
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'ku', 'ckb', 'yi', 'dv']);

// Browsers still send some legacy or sibling codes for languages Ory files under another name.
const ALIASES: Record<string, string> = {
  nb: 'no',
  nn: 'no',
  iw: 'he',
  in: 'id',
  ji: 'yi',
  fil: 'tl',
  ckb: 'ku',
};

// A BCP 47-ish tag; anything else in a cookie or header is ignored rather than trusted.
const TAG_RE = /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/;
// Accept-Language is attacker-controlled: bound the work spent on it.
const MAX_HEADER_LENGTH = 2000;
const MAX_RANGES = 32;

function baseLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function textDirection(locale: string): TextDirection {
  return RTL.has(baseLanguage(locale)) ? 'rtl' : 'ltr';
}

/**
 * The supported locale that best serves `tag`: the tag itself, then shorter prefixes
 * (`de-DE` → `de`, `zh-Hant-TW` → `zh-Hant` → `zh`), each also through the alias table.
 */
export function matchLocale(
  tag: string | null | undefined,
  supported: readonly string[],
): string | undefined {
  if (!tag) return undefined;
  const wanted = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!TAG_RE.test(wanted)) return undefined;
  const byLower = new Map(supported.map((s) => [s.toLowerCase(), s]));
  const parts = wanted.split('-');
  for (let n = parts.length; n > 0; n -= 1) {
    const candidate = parts.slice(0, n).join('-');
    const hit = byLower.get(candidate) ?? byLower.get(ALIASES[candidate] ?? '');
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The language ranges of an Accept-Language header, most preferred first. Ranges with q=0
 * (explicitly unwanted), `*`, and malformed entries are dropped; equal q keeps header order.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const ranges: { tag: string; q: number; order: number }[] = [];
  const entries = header.slice(0, MAX_HEADER_LENGTH).split(',').slice(0, MAX_RANGES);
  entries.forEach((entry, order) => {
    const [rawTag = '', ...params] = entry.split(';');
    const tag = rawTag.trim();
    if (!tag || tag === '*') return;
    let q = 1;
    for (const param of params) {
      const [name = '', value = ''] = param.split('=').map((s) => s.trim());
      if (name.toLowerCase() !== 'q') continue;
      // RFC 9110 qvalue: 0 to 1 with at most three decimals; anything else drops the range.
      q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value) ? Number(value) : -1;
    }
    if (q > 0) ranges.push({ tag, q, order });
  });
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order).map((r) => r.tag);
}

export interface LocaleInputs {
  /** The `locale` cookie, set by the language switcher. */
  cookie?: string | null;
  /** The `ui_locales` cookie: what an OAuth2 app asked for. */
  uiLocales?: string | null;
  acceptLanguage?: string | null;
}

/** Cookie first (an explicit choice), then the app's ui_locales, the browser's languages, English. */
export function negotiateLocale(
  { cookie, uiLocales, acceptLanguage }: LocaleInputs,
  supported: readonly string[],
): string {
  const fromCookie = matchLocale(cookie, supported);
  if (fromCookie) return fromCookie;
  // The user has not chosen: the app's ui_locales (by preference) come next.
  for (const tag of (uiLocales ?? '').split(/[\s.]+/).slice(0, 10)) {
    const hit = matchLocale(tag, supported);
    if (hit) return hit;
  }
  for (const range of parseAcceptLanguage(acceptLanguage)) {
    const hit = matchLocale(range, supported);
    if (hit) return hit;
  }
  return DEFAULT_LOCALE;
}
