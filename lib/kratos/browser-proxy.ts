import 'server-only';
import { isIP } from 'node:net';
import { env } from '@/lib/env';
import { getI18n } from '@/lib/i18n';
import { logger } from '@/lib/log';
import { isFormNavigation, navigationHop } from '@/lib/navigation';
import { cookiesForKratos } from './own-cookies';
import { rewriteInternalUrls, toBrowserUrl } from './urls';
import { urlContext } from './context';
import { responseBody, sendToKratos } from './write-gate';
import { rememberFactorCookie } from '@/lib/second-factor/remember';
import { isPhoneNumber, normalizePhone } from '@/lib/phone';

// Request headers Kratos needs; everything else (hop-by-hop, host, forwarded-*) stays here.
const FORWARD_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'authorization',
  'content-type',
  'cookie',
  'origin',
  'referer',
  'user-agent',
  'x-session-token',
];
const DROP_RESPONSE_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'location',
]);
const MAX_BODY_BYTES = 256 * 1024;
const MAX_JSON_REWRITE_BYTES = 1024 * 1024;

// Kratos's public API that browsers and apps use: self-service flows, the user's own sessions,
// identity schemas and the WebAuthn script. Everything else (health, version, and the public
// port's redirects to the admin API) is not ours to relay.
const PUBLIC_ROOTS = new Set(['self-service', 'sessions', 'schemas']);

/** Is this (decoded) path one the proxy forwards? */
export function isPublicKratosPath(path: readonly string[]): boolean {
  if (!path.length || path.some((p) => !p || p === '.' || p === '..' || /[/\\]/.test(p))) {
    return false;
  }
  const [first, second] = path;
  if (first === '.well-known') return second === 'ory';
  return PUBLIC_ROOTS.has(first ?? '');
}

/**
 * Strips whitespace from `code` fields so a pasted "123 456" works even with JavaScript off, and
 * separators from phone numbers in traits ("+1 (415) 555-0100" → "+14155550100", lib/phone):
 * Kratos keeps a verifiable address as typed but its code identifier normalised, and only
 * verifies a phone by a sign-in code when the two are the same.
 */
export function normalizeFormBody(body: string): string {
  if (!/(^|&)(code|traits\.[^=&]*)=/.test(body)) return body;
  const params = new URLSearchParams(body);
  let changed = false;
  for (const [name, value] of [...params]) {
    const next =
      name === 'code'
        ? value.replace(/\s+/g, '')
        : name.startsWith('traits.') && isPhoneNumber(value)
          ? normalizePhone(value)
          : value;
    if (next !== value) {
      params.set(name, next);
      changed = true;
    }
  }
  return changed ? params.toString() : body;
}

/** Forwards one browser request to Kratos's public API and relays the answer. */
export async function proxyToKratos(request: Request, path: string[]): Promise<Response> {
  const { KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS } = env();
  if (!isPublicKratosPath(path)) return notFound();
  const incoming = new URL(request.url);
  const target = `${KRATOS_PUBLIC_URL}/${path.map(encodeURIComponent).join('/')}${incoming.search}`;
  const headers = new Headers();
  for (const name of FORWARD_REQUEST_HEADERS) {
    const value =
      name === 'cookie' ? cookiesForKratos(request.headers.get(name)) : request.headers.get(name);
    if (value != null) headers.set(name, value);
  }
  // instrumentation.ts has replaced any client-sent X-Forwarded-For by the one address that the
  // configured proxy hops vouch for (TRUSTED_PROXY_HOPS), so Kratos records a real device IP.
  const clientIp = request.headers.get('x-forwarded-for')?.trim();
  if (clientIp && isIP(clientIp)) headers.set('x-forwarded-for', clientIp);

  let body: string | ArrayBuffer | undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) return tooLarge();
    const buffer = await request.arrayBuffer();
    if (buffer.byteLength > MAX_BODY_BYTES) return tooLarge();
    const type = request.headers.get('content-type') ?? '';
    body = type.startsWith('application/x-www-form-urlencoded')
      ? normalizeFormBody(new TextDecoder().decode(buffer))
      : buffer;
  }

  const requestId = request.headers.get('x-request-id') ?? undefined;
  if (requestId) headers.set('x-request-id', requestId);
  const started = performance.now();
  // The path only: queries can carry codes (verification links) and flow ids are not needed.
  const logPath = `/${path.join('/')}`;
  let upstream: Response;
  const signal = AbortSignal.timeout(KRATOS_TIMEOUT_MS);
  const send = () =>
    fetch(target, {
      method: request.method,
      headers,
      body,
      redirect: 'manual',
      signal,
      cache: 'no-store',
    });
  try {
    upstream = await sendToKratos(
      { method: request.method, path: logPath },
      send,
      responseBody,
      () =>
        logger.warn('kratos flow start resent after a database lock', { requestId, path: logPath }),
    );
  } catch (err) {
    logger.warn('kratos proxy failed', {
      requestId,
      method: request.method,
      path: logPath,
      error: String(err),
    });
    return unavailable(request);
  }

  logger.info('kratos proxy', {
    requestId,
    method: request.method,
    path: logPath,
    status: upstream.status,
    ms: Math.round(performance.now() - started),
  });
  const out = new Headers();
  upstream.headers.forEach((value, name) => {
    if (!DROP_RESPONSE_HEADERS.has(name)) out.set(name, value);
  });
  for (const cookie of upstream.headers.getSetCookie()) out.append('set-cookie', cookie);
  out.set('cache-control', 'no-store');
  const location = upstream.headers.get('location');
  if (location) {
    const target = toBrowserUrl(location, urlContext());
    // A sign-in finished with a second factor: the 2FA screen opens on it next time.
    const remembered = rememberFactorCookie({
      path: logPath,
      method: request.method,
      status: upstream.status,
      location: target,
      body: typeof body === 'string' ? body : undefined,
      secure: env().UI_URL.startsWith('https:'),
    });
    if (remembered) out.append('set-cookie', remembered);
    if (!target) {
      logger.warn('kratos redirect refused', { requestId, path: logPath, to: originOf(location) });
    }
    const safe = target ?? '/';
    await upstream.body?.cancel();
    if (!safe.startsWith('/') && isFormNavigation(request)) {
      // Leaving our origin after a form POST: see lib/navigation.ts.
      const { locale, dir, t } = await getI18n();
      return navigationHop(
        safe,
        { lang: locale, dir, continueLabel: t('second-factor.continue') },
        { headers: out },
      );
    }
    out.set('location', safe);
    return new Response(null, { status: upstream.status, headers: out });
  }
  if (upstream.status === 204 || upstream.status === 304) {
    return new Response(null, { status: upstream.status, headers: out });
  }
  if ((upstream.headers.get('content-type') ?? '').includes('application/json')) {
    return relayJson(upstream, out);
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
}

/** JSON from Kratos with its internal URLs (request_url, ...) moved onto our public origin. */
async function relayJson(upstream: Response, headers: Headers): Promise<Response> {
  const text = await upstream.text();
  let body = text;
  const ctx = urlContext();
  if (text.length <= MAX_JSON_REWRITE_BYTES && text.includes(ctx.internalUrl)) {
    try {
      body = JSON.stringify(rewriteInternalUrls(JSON.parse(text), ctx));
    } catch {
      // Not JSON after all: relay as it came.
    }
  }
  return new Response(body, { status: upstream.status, headers });
}

function originOf(raw: string): string {
  try {
    return new URL(raw).origin;
  } catch {
    return 'relative';
  }
}

function notFound(): Response {
  return Response.json(
    { error: { code: 404, status: 'Not Found', message: 'Not found' } },
    { status: 404, headers: { 'cache-control': 'no-store' } },
  );
}

function tooLarge(): Response {
  return new Response('Request too large', {
    status: 413,
    headers: { 'content-type': 'text/plain' },
  });
}

function unavailable(request: Request): Response {
  // Browsers navigating get our branded page; API clients get JSON.
  if ((request.headers.get('accept') ?? '').includes('application/json')) {
    return Response.json(
      {
        error: {
          code: 503,
          status: 'Service Unavailable',
          message: 'The identity service is unavailable.',
        },
      },
      { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': '5' } },
    );
  }
  return new Response(null, {
    status: 303,
    headers: { location: '/unavailable', 'cache-control': 'no-store' },
  });
}
