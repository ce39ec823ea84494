// Security headers for every response, in one place. Pure, so it is unit-tested.

export interface HeaderOptions {
  nonce: string;
  https: boolean;
  dev: boolean;
  /** CSP frame-ancestors sources; default 'none' (teams that embed the UI configure it). */
  frameAncestors: string;
  /** Extra form-action targets, e.g. OIDC providers or return_to origins Kratos redirects to. */
  formActionExtra: string;
  /** Extra image origins: the apps whose logos the consent and sign-in screens show. */
  imgExtra?: string;
}

const KEYWORDS = new Set(['none', 'self', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);

/**
 * CSP source lists from the environment. Keywords must be quoted ('none'), but shells and .env
 * loaders strip quotes: `CSP_FRAME_ANCESTORS='none'` arrives as `none`, which CSP reads as a host
 * called "none". Bare keywords get their quotes back; an empty list falls back.
 */
export function cspSources(value: string | undefined, fallback: string): string {
  const sources = (value ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => (KEYWORDS.has(s.toLowerCase()) ? `'${s.toLowerCase()}'` : s));
  return sources.length ? sources.join(' ') : fallback;
}

function contentSecurityPolicy(o: HeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${o.nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ''}`,
    // Inline style attributes carry the brand tokens; scripts get no such allowance.
    "style-src 'self' 'unsafe-inline'",
    // App logos come from the app's registration: any https origin, and the configured ones.
    `img-src 'self' data: blob: https:${o.imgExtra ? ` ${o.imgExtra}` : ''}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${o.formActionExtra ? ` ${o.formActionExtra}` : ''}`,
    `frame-ancestors ${o.frameAncestors}`,
  ];
  if (o.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

export function securityHeaders(o: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(o),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': o.frameAncestors.trim() === "'none'" ? 'DENY' : '',
    'Permissions-Policy':
      'publickey-credentials-get=(self), publickey-credentials-create=(self), camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (o.https) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  if (!headers['X-Frame-Options']) delete headers['X-Frame-Options'];
  return headers;
}
