import 'server-only';
import { env } from '@/lib/env';

// Kratos on SQLite is a single-writer database: concurrent writes wait on its lock, and under
// load some wait past every timeout or fail with "database is locked". With
// KRATOS_MAX_CONCURRENT_WRITES set, this UI sends at most that many writing requests at a time
// and queues the rest (bounded by the same timeout as the call). 0 (the default) means no limit,
// which is right for Postgres or CockroachDB.

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
function errorIdFromLocation(location: string | null): string | undefined {
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

/**
 * Did Kratos fail this request only because SQLite was locked ("database is locked")? Browsers
 * get a 303 to the error page (we look the error up, and only trust a fresh one), API clients a
 * 500 JSON body.
 */
export async function failedOnDatabaseLock(
  res: Response,
  signal: AbortSignal,
  startedAt = Date.now(),
): Promise<boolean> {
  try {
    if (res.status === 500) {
      const body = (await res.clone().json()) as { error?: { message?: unknown } };
      return DB_LOCKED.test(String(body.error?.message ?? ''));
    }
    const id = res.status === 303 ? errorIdFromLocation(res.headers.get('location')) : undefined;
    if (!id) return false;
    const lookup = await fetch(
      `${env().KRATOS_PUBLIC_URL}/self-service/errors?id=${encodeURIComponent(id)}`,
      { signal, cache: 'no-store' },
    );
    if (!lookup.ok) return false;
    const body = (await lookup.json()) as {
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
 * Starts a flow in a write slot, and once more if SQLite's lock failed it. If the second try
 * fails too (e.g. the timeout ran out), the first answer stands.
 */
export async function sendFlowStart(
  signal: AbortSignal,
  send: () => Promise<Response>,
  onRetry: () => void,
): Promise<Response> {
  const startedAt = Date.now();
  const first = await withWriteSlot(signal, send);
  if (!(await failedOnDatabaseLock(first, signal, startedAt))) return first;
  onRetry();
  try {
    const second = await withWriteSlot(signal, send);
    await first.body?.cancel();
    return second;
  } catch {
    return first;
  }
}
