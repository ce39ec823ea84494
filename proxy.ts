import { NextResponse, type NextRequest } from 'next/server';
import { isFlowKind } from '@/lib/kratos/types';
import { cspSources, securityHeaders } from '@/lib/security-headers';

const DEFAULT_BROWSER_PATH = '/kratos';

// Runs before every page and route: per-request CSP nonce, security headers, and the
// configurable public path for Kratos (served by app/kratos/[...path]).
export function proxy(request: NextRequest) {
  const browserPath = process.env.KRATOS_BROWSER_PATH || DEFAULT_BROWSER_PATH;
  const { pathname } = request.nextUrl;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const forwardedProto = request.headers.get('x-forwarded-proto');
  const https = (forwardedProto ?? request.nextUrl.protocol.replace(':', '')) === 'https';
  const headers = securityHeaders({
    nonce,
    https,
    dev: process.env.NODE_ENV === 'development',
    frameAncestors: cspSources(process.env.CSP_FRAME_ANCESTORS, "'none'"),
    formActionExtra: cspSources(process.env.CSP_FORM_ACTION, ''),
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  // One id per request, carried into every Kratos call and log line.
  const requestId = request.headers.get('x-request-id')?.slice(0, 64) || crypto.randomUUID();
  requestHeaders.set('x-request-id', requestId);
  // Lets server components know the current URL (e.g. the language switcher's way back).
  requestHeaders.set('x-url', `${pathname}${request.nextUrl.search}`);
  // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'] ?? '');

  let response: NextResponse;
  if (
    request.method === 'GET' &&
    isFlowKind(pathname.slice(1)) &&
    !request.nextUrl.searchParams.has('flow')
  ) {
    // Without a flow id the page could only redirect to /start/<kind>, which starts one and
    // redirects back with its id. Answering from /start directly saves the browser a round trip.
    const url = request.nextUrl.clone();
    url.pathname = `/start${pathname}`;
    response = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
  } else if (
    browserPath !== DEFAULT_BROWSER_PATH &&
    (pathname === browserPath || pathname.startsWith(`${browserPath}/`))
  ) {
    const url = request.nextUrl.clone();
    url.pathname = `${DEFAULT_BROWSER_PATH}${pathname.slice(browserPath.length)}`;
    response = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set('x-request-id', requestId);
  // Flow pages carry CSRF tokens and personal data: never store them in shared caches.
  if (!pathname.startsWith('/_next/static'))
    response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
