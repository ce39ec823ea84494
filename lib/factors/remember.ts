// The factor last used to sign in from this browser, so the 2FA screen opens on it next time.
// A plain cookie holding a method name, nothing secret. It is set by the Kratos proxy when a
// sign-in with that method succeeds, and never for a backup code. Setting up a new factor in the
// settings forgets it, so the next sign-in opens on the user's own devices first again.
import { REMEMBERED_FACTOR_COOKIE } from '@/lib/kratos/own-cookies';
import { isFactor, type Factor } from './factors';

export { REMEMBERED_FACTOR_COOKIE };
const ONE_YEAR = 60 * 60 * 24 * 365;
const REMEMBERED: readonly Factor[] = ['totp', 'webauthn', 'code'];

/** The method a login form post used (webauthn.js posts `webauthn_login` without `method`). */
export function postedMethod(form: URLSearchParams): string | undefined {
  const method = form.get('method');
  if (method) return method;
  if (form.get('webauthn_login')) return 'webauthn';
  return undefined;
}

/** Where a failed or unfinished login post sends the browser: back to a screen of ours. */
function backToForm(location: string): boolean {
  const pathname = new URL(location, 'http://ui.invalid').pathname;
  return ['/login', '/error', '/unavailable'].some((p) => pathname === p || pathname === `${p}/`);
}

// Settings posts that set up a second factor (an authenticator app, a security key, a passkey).
const SETS_UP = ['totp_code', 'webauthn_register', 'passkey_settings_register'];

/**
 * The Set-Cookie value to send after a browser form post to Kratos, or undefined: after a sign-in
 * (only a redirect away from our login screen counts as success) the factor it used; after a
 * factor was set up in the settings, none.
 */
export function rememberFactorCookie({
  path,
  method,
  status,
  location,
  body,
  secure,
}: {
  path: string;
  method: string;
  status: number;
  location?: string | null;
  body: string | undefined;
  secure: boolean;
}): string | undefined {
  if (method !== 'POST' || !body || !location) return undefined;
  const attrs = `Path=/; SameSite=Lax; HttpOnly${secure ? '; Secure' : ''}`;
  if (path === '/self-service/settings') {
    const form = new URLSearchParams(body);
    return SETS_UP.some((name) => form.get(name))
      ? `${REMEMBERED_FACTOR_COOKIE}=; Max-Age=0; ${attrs}`
      : undefined;
  }
  if (path !== '/self-service/login') return undefined;
  if (status < 300 || status >= 400 || backToForm(location)) return undefined;
  const used = postedMethod(new URLSearchParams(body));
  if (!isFactor(used) || !REMEMBERED.includes(used)) return undefined;
  return `${REMEMBERED_FACTOR_COOKIE}=${used}; Max-Age=${ONE_YEAR}; ${attrs}`;
}
