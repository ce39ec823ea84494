import 'server-only';
import { FrontendApi } from '@ory/client-fetch';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { sdkConfiguration } from '@/lib/ory-sdk';

// Only for Kratos on SQLite (the local stack and the demo). SQLite is a single-writer database:
// concurrent writes wait on its lock, and under load some wait past every timeout or fail with
// "database is locked" (bench/load.mjs saw both). One switch, KRATOS_MAX_CONCURRENT_WRITES,
// turns on two things: at most that many writing requests at a time, the rest queued (bounded
// by the call's timeout), and one resend of a flow start that failed on the lock. Unset or 0
// (the default, right for Postgres or CockroachDB in production): sendToKratos() only checks
// the switch and sends. It is installed once, as a decorator of fetch (gatedFetch, used by
// lib/kratos/sdk.ts for the SDK and the /kratos proxy): no adapter function knows it exists.

let active = 0;
const waiting: Array<() => void> = [];

/** Does this call to Kratos's public API write to its database? */
export function isKratosWrite(method: string, path: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return true;
  const p = path.replace(/^\/+/, '');
  // Starting a flow, following a mailed link, an OIDC callback and logout all write; reading a
  // flow, an error, the session or the schemas does not.
  return p.startsWith('self-service/') && !p.endsWith('/flows') && p !== 'self-service/errors';
}

/** Runs `call` in a write slot; waits for one until `signal` aborts (then rejects). */
export async function withWriteSlot<T>(signal: AbortSignal, call: () => Promise<T>): Promise<T> {
  const limit = env().KRATOS_MAX_CONCURRENT_WRITES;
  if (!limit) return call();
  if (active < limit) active += 1;
  else await queued(signal);
  try {
    return await call();
  } finally {
    const next = waiting.shift();
    // The slot passes straight to the next caller, so `active` stays the same.
    if (next) next();
    else active -= 1;
  }
}

function queued(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const wake = () => {
      signal.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      const i = waiting.indexOf(wake);
      if (i >= 0) waiting.splice(i, 1);
      reject(signal.reason instanceof Error ? signal.reason : new Error('timed out'));
    };
    if (signal.aborted) return abort();
    waiting.push(wake);
    signal.addEventListener('abort', abort, { once: true });
  });
}

const DB_LOCKED = /database is locked/i;
/** An error older than this is not this request's (a return_to can point at an old one). */
const FRESH_MS = 30_000;

/**
 * Does this request only start a flow? Its one write is the new flow, so when SQLite's lock
 * failed it nothing was stored and it can be sent again. Other writes (sign-in, registration,
 * OIDC callbacks) can commit part of their work before failing, so they are never resent.
 */
export function isFlowStart(method: string, path: string): boolean {
  return method === 'GET' && /^\/?self-service\/[a-z]+\/(browser|api)$/.test(path);
}

/** The error id when Kratos redirected to our own error page (`UI_URL/error?id=`). */
function errorIdFromLocation(location: string | null | undefined): string | undefined {
  if (!location) return undefined;
  try {
    const errorPage = new URL('/error', env().UI_URL);
    const url = new URL(location, errorPage);
    if (url.origin !== errorPage.origin || url.pathname !== errorPage.pathname) return undefined;
    return url.searchParams.get('id') ?? undefined;
  } catch {
    return undefined;
  }
}

let errors: FrontendApi | undefined;

/**
 * Did Kratos fail this request only because SQLite was locked ("database is locked")? Browsers
 * get a 303 to the error page (we look the error up, and only trust a fresh one), API clients a
 * 500 JSON body.
 */
export async function failedOnDatabaseLock(
  answer: Response,
  startedAt = Date.now(),
): Promise<boolean> {
  try {
    if (answer.status === 500) {
      // A clone: the caller still reads the answer.
      const body = (await answer.clone().json()) as { error?: { message?: unknown } } | undefined;
      return DB_LOCKED.test(String(body?.error?.message ?? ''));
    }
    const location = answer.headers?.get('location');
    const id = answer.status === 303 ? errorIdFromLocation(location) : undefined;
    if (!id) return false;
    const { KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS } = env();
    errors ??= new FrontendApi(sdkConfiguration(KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS));
    const body = (await (await errors.getFlowErrorRaw({ id })).raw.json()) as {
      created_at?: unknown;
      error?: { code?: unknown; message?: unknown };
    };
    const created = Date.parse(String(body.created_at ?? ''));
    return (
      created >= startedAt - FRESH_MS &&
      body.error?.code === 500 &&
      DB_LOCKED.test(String(body.error.message ?? ''))
    );
  } catch {
    return false;
  }
}

/**
 * Sends one request to Kratos. With the switch off, that is all. With it on, a write waits
 * for a slot, and a flow start that SQLite's lock failed is sent once more (if the second try
 * fails too, e.g. the timeout ran out, the first answer stands).
 */
async function sendToKratos(
  request: { method: string; path: string },
  send: () => Promise<Response>,
  onResend: () => void,
): Promise<Response> {
  if (!env().KRATOS_MAX_CONCURRENT_WRITES || !isKratosWrite(request.method, request.path)) {
    return send();
  }
  const signal = AbortSignal.timeout(env().KRATOS_TIMEOUT_MS);
  const startedAt = Date.now();
  const first = await withWriteSlot(signal, send);
  if (!isFlowStart(request.method, request.path)) return first;
  if (!(await failedOnDatabaseLock(first, startedAt))) return first;
  onResend();
  try {
    const second = await withWriteSlot(signal, send);
    await first.body?.cancel();
    return second;
  } catch {
    return first;
  }
}

/** The path of a Kratos public API URL, below KRATOS_PUBLIC_URL's own path (if it has one). */
function kratosPath(url: string): string {
  const { pathname } = new URL(url);
  const base = new URL(env().KRATOS_PUBLIC_URL).pathname.replace(/\/+$/, '');
  return base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
}

/**
 * fetch with the write queue in front (see the top of this file): the one decorator of the
 * fetch that Kratos's SDK and the /kratos proxy use.
 */
export function gatedFetch(next: typeof fetch): typeof fetch {
  return (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const path = kratosPath(request?.url ?? String(input));
    return sendToKratos(
      { method, path },
      () => next(input, init),
      () => logger.warn('kratos flow start resent after a database lock', { method, path }),
    );
  };
}
