import { NextResponse, type NextRequest } from 'next/server';
import { CSRF_COOKIE, CSRF_SECRET_HEADER, newCsrfSecret } from '@/lib/csrf';
import { env } from '@/lib/env';
import { RAW_COOKIE_HEADER } from '@/lib/kratos/own-cookies';
import { startUrl } from '@/lib/kratos/restart';
import { isFlowKind } from '@/lib/kratos/types';
import { cspSources, securityHeaders } from '@/lib/security-headers';

const DEFAULT_BROWSER_PATH = '/kratos';
// A request id from a caller is kept only when it is a short token of safe characters.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * A rewrite target on the server's own address. request.nextUrl takes its host from the Host
 * header (e.g. localhost:3000 for a server bound to 127.0.0.1), and Next proxies a rewrite to any
 * other origin over HTTP instead of serving it in process; request.url is the server's address.
 */
function internal(request: NextRequest, pathname: string): URL {
  const url = new URL(request.url);
  url.pathname = pathname;
  return url;
}

// Runs before every page and route: per-request CSP nonce, security headers, and the
// configurable public path for Kratos (served by app/kratos/[...path]).
export function proxy(request: NextRequest) {
  const config = env();
  const browserPath = config.KRATOS_BROWSER_PATH;
  const { pathname } = request.nextUrl;
  // 128 random bits, 22 characters: Next stamps the nonce on every script tag, in the HTML and
  // in its flight data, so a base64'd UUID string (48 characters) cost ~0.8 KB a page.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
  // X-Forwarded-Proto is only what a trusted proxy said (instrumentation.ts drops a client's).
  const forwardedProto = request.headers.get('x-forwarded-proto');
  const https =
    config.UI_URL.startsWith('https:') ||
    (forwardedProto ?? request.nextUrl.protocol.replace(':', '')) === 'https';
  const headers = securityHeaders({
    nonce,
    https,
    dev: config.NODE_ENV === 'development',
    frameAncestors: cspSources(config.CSP_FRAME_ANCESTORS, "'none'"),
    formActionExtra: cspSources(config.CSP_FORM_ACTION, ''),
    imgExtra: config.ALLOWED_REDIRECT_ORIGINS.filter((o) => o.startsWith('http:')).join(' '),
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  // The Cookie header as it came, for Kratos (see RAW_COOKIE_HEADER); a client's own is replaced.
  requestHeaders.set(RAW_COOKIE_HEADER, request.headers.get('cookie') ?? '');
  // One id per request, carried into every Kratos call and log line.
  const given = request.headers.get('x-request-id');
  const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
  requestHeaders.set('x-request-id', requestId);
  // Lets server components know the current URL (e.g. the language switcher's way back).
  requestHeaders.set('x-url', `${pathname}${request.nextUrl.search}`);
  // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'] ?? '');

  // Our own forms' CSRF secret (lib/csrf.ts): set on the first visit, and visible to this very
  // request, so the first page can already sign its forms.
  let csrfSecret: string | undefined;
  requestHeaders.delete(CSRF_SECRET_HEADER);
  if (!request.cookies.has(CSRF_COOKIE) && !pathname.startsWith(`${browserPath}/`)) {
    csrfSecret = newCsrfSecret();
    requestHeaders.set(CSRF_SECRET_HEADER, csrfSecret);
  }

  let response: NextResponse;
  const kind = pathname.slice(1);
  if (!decodes(pathname)) {
    response = new NextResponse('Bad request', {
      status: 400,
      headers: { 'content-type': 'text/plain' },
    });
  } else if (
    request.method === 'GET' &&
    isFlowKind(kind) &&
    !request.nextUrl.searchParams.has('flow')
  ) {
    // Without a flow id the page could only redirect to /start/<kind>, which starts one and
    // redirects back with its id: sent there at once, before any rendering. Not a rewrite: Next
    // serves a rewrite in process only when it sees the same server address as this hook (it
    // does not under `next start -H 127.0.0.1`), and proxies it over HTTP otherwise, where a
    // reused connection now and then hangs up (ECONNRESET → a bare 500).
    // On the public origin (UI_URL): a hook's Location must be absolute.
    response = NextResponse.redirect(
      new URL(startUrl(kind, request.nextUrl.search), config.UI_URL),
      303,
    );
  } else if (
    browserPath !== DEFAULT_BROWSER_PATH &&
    (pathname === browserPath || pathname.startsWith(`${browserPath}/`))
  ) {
    response = NextResponse.rewrite(
      internal(request, `${DEFAULT_BROWSER_PATH}${pathname.slice(browserPath.length)}`),
      { request: { headers: requestHeaders } },
    );
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set('x-request-id', requestId);
  if (csrfSecret) {
    response.headers.append(
      'set-cookie',
      `${CSRF_COOKIE}=${csrfSecret}; Path=/; HttpOnly; SameSite=Lax${https ? '; Secure' : ''}`,
    );
  }
  // Flow pages carry CSRF tokens and personal data: never store them in shared caches. The
  // brand's stylesheet is the same for everyone and says how long it keeps.
  if (!pathname.startsWith('/_next/static/') && pathname !== '/brand.css')
    response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Everything but Next's real static files: "/_next/static%2F…" is no static file and gets the
  // headers too.
  matcher: [{ source: '/((?!_next/static/|_next/image|favicon.ico).*)' }],
};
