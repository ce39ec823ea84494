// CSRF protection for our own form posts (consent, logout decisions): Kratos checks CSRF only on
// its own flows, and Hydra's admin API is server to server. Each browser holds a random secret in
// an HttpOnly cookie (set by proxy.ts on its first visit); a form carries an HMAC of the secret
// and what the form is for (e.g. "consent:<challenge>"). Another site can neither read the cookie
// nor compute the token, so a forged post fails. No server-side state and no server secret.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const CSRF_COOKIE = 'ui_csrf';
export const CSRF_FIELD = 'csrf_token';
/** Carries a secret that proxy.ts has just set, to the same request's page (never from a client). */
export const CSRF_SECRET_HEADER = 'x-ui-csrf-secret';
const SECRET = /^[A-Za-z0-9_-]{32,128}$/;

/** The token a form for `purpose` carries, or undefined without a usable secret. */
export function csrfToken(secret: string | undefined, purpose: string): string | undefined {
  if (!secret || !SECRET.test(secret)) return undefined;
  return createHmac('sha256', secret).update(purpose).digest('base64url');
}

export function verifyCsrf(secret: string | undefined, purpose: string, token: unknown): boolean {
  const expected = csrfToken(secret, purpose);
  if (!expected || typeof token !== 'string' || token.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(token));
}

/** A new secret for the cookie (base64url of 32 random bytes), with the Web Crypto API. */
export function newCsrfSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Buffer.from(bytes).toString('base64url');
}

/** Is a POST's Origin (when the browser sent one) our own? */
export function sameOrigin(request: Request, uiOrigin: string): boolean {
  const origin = request.headers.get('origin');
  return !origin || origin === uiOrigin || origin === new URL(request.url).origin;
}
