// Cookies that are the UI's own, never Kratos's. They are not sent on to Kratos: Kratos checks
// a flow's CSRF token as soon as a request carries any Cookie header, so a browser holding only
// our cookies (say, the phone a verification link was opened on) would fail that check.
import { CSRF_COOKIE } from '@/lib/csrf';
import { LOCALE_COOKIE, UI_LOCALES_COOKIE } from '@/lib/i18n/locales';

/** The factor last used to sign in from this browser (lib/factors/remember.ts). */
export const REMEMBERED_FACTOR_COOKIE = 'ui_second_factor';

const OWN = new Set([CSRF_COOKIE, LOCALE_COOKIE, UI_LOCALES_COOKIE, REMEMBERED_FACTOR_COOKIE]);

/** The Cookie header for Kratos: the browser's cookies without ours; undefined when none remain. */
export function cookiesForKratos(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const kept = header
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c && !OWN.has(c.slice(0, c.indexOf('=') === -1 ? c.length : c.indexOf('='))));
  return kept.length ? kept.join('; ') : undefined;
}

/**
 * The browser's Cookie header exactly as it arrived, passed on by proxy.ts. When proxy.ts sets a
 * cookie of ours, Next merges it into the request's Cookie header and re-encodes the values, so
 * Kratos's base64 cookies would no longer match; Kratos gets this copy instead.
 */
export const RAW_COOKIE_HEADER = 'x-ui-raw-cookie';
