import 'server-only';
import { isIP } from 'node:net';
import { env } from '@/lib/env';
import { getI18n } from '@/lib/i18n';
import { logger } from '@/lib/log';
import { isFormNavigation, navigationHop, seeOther } from '@/lib/navigation';
import { cookiesForKratos } from './own-cookies';
import { rewriteInternalUrls, toBrowserUrl } from '@/lib/redirects';
import { urlContext } from '@/lib/url-context';
import { kratosFetch } from './sdk';
import { rememberFactorCookie } from '@/lib/factors/remember';
import { bodyFields, classify, limitFor, recordPassword, type Limited } from '@/lib/limits';
import { limitedFlowUrl } from '@/lib/limits/notice';
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
  let bodyText: string | undefined;
  const type = request.headers.get('content-type') ?? '';
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) return tooLarge();
    const buffer = await request.arrayBuffer();
    if (buffer.byteLength > MAX_BODY_BYTES) return tooLarge();
    bodyText = new TextDecoder().decode(buffer);
    if (type.startsWith('application/x-www-form-urlencoded')) {
      // The limits below count the address as Kratos will see it.
      bodyText = normalizeFormBody(bodyText);
      body = bodyText;
    } else body = buffer;
  }

  // Kratos v1.3.1 lists and ends sessions for a session of any assurance level: these paths
  // pass only for a session that Kratos's own whoami accepts (its required_aal).
  if (path[0] === 'sessions' && path[1] !== 'whoami') {
    const refused = await sessionRefused(headers, KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS);
    if (refused) return refused;
  }

  // The abuse limits (lib/limits), before Kratos sees the request.
  const client = clientIp && isIP(clientIp) ? clientIp : 'unknown';
  const classified = classify(
    request.method,
    path,
    incoming.searchParams,
    bodyFields(type, bodyText),
  );
  const limited = await limitFor(classified, client, () =>
    newAddresses(classified, headers, KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS),
  );
  if (limited) {
    logger.info('kratos proxy: limited', {
      requestId: request.headers.get('x-request-id') ?? undefined,
      path: `/${path.join('/')}`,
      reason: limited.reason,
      retryAfterSeconds: limited.retryAfterSeconds,
    });
    return limitedResponse(request, type, limited, path[1], incoming.searchParams.get('flow'));
  }

  const requestId = request.headers.get('x-request-id') ?? undefined;
  if (requestId) headers.set('x-request-id', requestId);
  const started = performance.now();
  // The path only: queries can carry codes (verification links) and flow ids are not needed.
  const logPath = `/${path.join('/')}`;
  let upstream: Response;
  const signal = AbortSignal.timeout(KRATOS_TIMEOUT_MS);
  try {
    upstream = await kratosFetch(target, {
      method: request.method,
      headers,
      body,
      redirect: 'manual',
      signal,
      cache: 'no-store',
    });
  } catch (err) {
    logger.warn('kratos proxy failed', {
      requestId,
      method: request.method,
      path: logPath,
      error: String(err),
    });
    return unavailable(request);
  }

  if (classified.kind === 'password') {
    await recordPassword(
      classified.identifier,
      client,
      passwordAccepted(upstream, classified.flowId),
    );
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

/**
 * Did Kratos accept the password? A browser form is sent back to the same flow's page when it
 * did not (303 to …?flow=<the same id>); an API client gets 400. Anything else moved on: a
 * session, or the second factor next.
 */
function passwordAccepted(upstream: Response, flowId: string | undefined): boolean {
  if (upstream.status === 400 || upstream.status === 401 || upstream.status >= 500) return false;
  const location = upstream.headers.get('location');
  if (!location || !flowId) return upstream.status < 400;
  try {
    return new URL(location, 'http://x').searchParams.get('flow') !== flowId;
  } catch {
    return true;
  }
}

/** Kratos's whoami for the caller's own cookie or token: its refusal, or undefined when it passes. */
async function whoami(
  headers: Headers,
  kratos: string,
  timeoutMs: number,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const ask = new Headers();
  for (const name of ['cookie', 'authorization', 'x-session-token', 'x-request-id']) {
    const value = headers.get(name);
    if (value) ask.set(name, value);
  }
  ask.set('accept', 'application/json');
  try {
    const res = await fetch(`${kratos}/sessions/whoami`, {
      headers: ask,
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
    });
    const text = await res.text();
    if (res.ok) return { ok: true, body: JSON.parse(text) as unknown };
    return {
      ok: false,
      response: new Response(text, {
        status: res.status,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      }),
    };
  } catch {
    return { ok: false, response: Response.json({ error: { code: 503 } }, { status: 503 }) };
  }
}

async function sessionRefused(
  headers: Headers,
  kratos: string,
  timeoutMs: number,
): Promise<Response | undefined> {
  const me = await whoami(headers, kratos, timeoutMs);
  return me.ok ? undefined : me.response;
}

/** The addresses a settings save would add to the signed-in identity (each gets a mail). */
async function newAddresses(
  classified: ReturnType<typeof classify>,
  headers: Headers,
  kratos: string,
  timeoutMs: number,
): Promise<string[]> {
  if (classified.kind !== 'profile') return [];
  const me = await whoami(headers, kratos, timeoutMs);
  if (!me.ok) return [];
  const identity = (me.body as { identity?: { verifiable_addresses?: { value?: unknown }[] } })
    .identity;
  const known = new Set(
    (identity?.verifiable_addresses ?? []).map((a) => String(a.value ?? '').toLowerCase()),
  );
  return classified.addresses.filter((a) => !known.has(a));
}

/**
 * A held-back request: API clients get 429 with Retry-After; a browser's form goes back to its
 * flow's page, which says what happened and when to try again (lib/limits/notice.ts). Nothing
 * reached Kratos, so the flow and any code already sent stay as they were.
 */
function limitedResponse(
  request: Request,
  contentType: string,
  limited: Limited,
  flow: string | undefined,
  flowId: string | null,
): Response {
  const retryAfter = String(limited.retryAfterSeconds);
  const api =
    contentType.startsWith('application/json') ||
    (!isFormNavigation(request) && (request.headers.get('accept') ?? '').includes('json'));
  if (api) {
    return Response.json(
      {
        error: {
          code: 429,
          status: 'Too Many Requests',
          reason: `rate_limited_${limited.reason}`,
          message: 'Too many requests. Try again after the time in Retry-After.',
        },
      },
      { status: 429, headers: { 'retry-after': retryAfter, 'cache-control': 'no-store' } },
    );
  }
  return seeOther(limitedFlowUrl(flow, flowId, limited), { 'retry-after': retryAfter });
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
  return seeOther('/unavailable');
}
