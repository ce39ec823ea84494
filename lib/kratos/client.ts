import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { Configuration, FrontendApi } from '@ory/client';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { urlContext } from './context';
import { mapError, mapFlow, mapFlowFailure, mapSession, restartUrl } from './map';
import type { FlowKind, FlowOutcome, KratosErrorView, SessionOutcome } from './types';
import { cookiesForKratos, RAW_COOKIE_HEADER } from './own-cookies';
import { toBrowserUrl } from './urls';
import { sendFlowStart } from './write-gate';

let api: FrontendApi | undefined;

function frontend(): FrontendApi {
  if (api) return api;
  const { KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS } = env();
  api = new FrontendApi(
    new Configuration({ basePath: KRATOS_PUBLIC_URL, baseOptions: { timeout: KRATOS_TIMEOUT_MS } }),
  );
  return api;
}

async function browserCookie(): Promise<string | undefined> {
  const h = await headers();
  return cookiesForKratos(h.get(RAW_COOKIE_HEADER) ?? h.get('cookie'));
}

async function requestId(): Promise<string | undefined> {
  return (await headers()).get('x-request-id') ?? undefined;
}

/** Runs one Kratos call and logs its outcome with the request id; never logs values. */
async function kratosCall<T>(
  op: string,
  call: (opts: { headers: Record<string, string> }) => Promise<T>,
): Promise<T> {
  const id = await requestId();
  const started = performance.now();
  let status = 200;
  try {
    return await call({ headers: id ? { 'x-request-id': id } : {} });
  } catch (err) {
    status = failure(err).status;
    throw err;
  } finally {
    logger.info('kratos call', {
      requestId: id,
      op,
      status,
      ms: Math.round(performance.now() - started),
    });
  }
}

interface HttpFailure {
  status: number;
  body: unknown;
}

/** Normalises SDK (axios) failures; a network error or timeout has status 0. */
function failure(err: unknown): HttpFailure {
  const response = (err as { response?: { status?: number; data?: unknown } }).response;
  if (response && typeof response.status === 'number') {
    return { status: response.status, body: response.data };
  }
  return { status: 0, body: undefined };
}

type Opts = { headers: Record<string, string> };
const getters = {
  login: (id: string, cookie: string | undefined, o: Opts) =>
    frontend().getLoginFlow({ id, cookie }, o),
  registration: (id: string, cookie: string | undefined, o: Opts) =>
    frontend().getRegistrationFlow({ id, cookie }, o),
  verification: (id: string, cookie: string | undefined, o: Opts) =>
    frontend().getVerificationFlow({ id, cookie }, o),
  recovery: (id: string, cookie: string | undefined, o: Opts) =>
    frontend().getRecoveryFlow({ id, cookie }, o),
  settings: (id: string, cookie: string | undefined, o: Opts) =>
    frontend().getSettingsFlow({ id, cookie }, o),
} satisfies Record<
  FlowKind,
  (id: string, cookie: string | undefined, o: Opts) => Promise<{ data: unknown }>
>;

const FLOW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads the flow a page shows. Without a (valid) flow id the browser is sent to start one,
 * keeping the parameters that define it (aal, return_to, login_challenge, ...).
 */
export async function loadFlow(
  kind: FlowKind,
  searchParams: Record<string, string | string[] | undefined>,
): Promise<FlowOutcome> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (typeof value === 'string') params.set(key, value);
  }
  const id = params.get('flow');
  if (!id || !FLOW_ID.test(id)) {
    return mapFlowFailure(kind, 404, undefined, params, urlContext());
  }
  try {
    const cookie = await browserCookie();
    const { data } = await kratosCall(`get ${kind} flow`, (o) => getters[kind](id, cookie, o));
    return { kind: 'flow', flow: mapFlow(kind, data, urlContext()) };
  } catch (err) {
    const { status, body } = failure(err);
    if (status === 0 || status >= 500) logger.warn('kratos flow fetch failed', { kind, status });
    return mapFlowFailure(kind, status, body, params, urlContext());
  }
}

export interface StartResult {
  status: number;
  location?: string;
  setCookies: string[];
}

/**
 * Starts a browser flow on the user's behalf, exactly as their browser would (so Kratos validates
 * return_to and sets its CSRF cookie), and hands back where to go and which cookies to relay.
 */
export async function startBrowserFlow(
  kind: FlowKind,
  query: URLSearchParams,
): Promise<StartResult> {
  const { KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS } = env();
  const cookie = await browserCookie();
  const qs = query.toString();
  const signal = AbortSignal.timeout(KRATOS_TIMEOUT_MS);
  // Starting a flow writes it to Kratos's database.
  const response = await sendFlowStart(
    signal,
    () =>
      fetch(`${KRATOS_PUBLIC_URL}/self-service/${kind}/browser${qs ? `?${qs}` : ''}`, {
        headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
        redirect: 'manual',
        signal,
        cache: 'no-store',
      }),
    () => logger.warn('kratos flow start resent after a database lock', { kind }),
  );
  const location = response.headers.get('location');
  await response.body?.cancel();
  return {
    status: response.status,
    location: location ? (toBrowserUrl(location, urlContext()) ?? '/') : undefined,
    setCookies: response.headers.getSetCookie(),
  };
}

/** The current session; cached per request so several components can ask. */
export const loadSession = cache(async (): Promise<SessionOutcome> => {
  const cookie = await browserCookie();
  if (!cookie) return { kind: 'anonymous' };
  try {
    const { data } = await kratosCall('whoami', (o) => frontend().toSession({ cookie }, o));
    const session = mapSession(data);
    return session ? { kind: 'session', session } : { kind: 'anonymous' };
  } catch (err) {
    const { status, body } = failure(err);
    if (status === 0 || status >= 500) return { kind: 'unavailable' };
    const error = mapError(status, body);
    if (status === 403 && error.redirectTo) {
      return { kind: 'redirect', to: toBrowserUrl(error.redirectTo, urlContext()) ?? '/' };
    }
    return { kind: 'anonymous' };
  }
});

/** A logout URL for the current session, or undefined when there is none. */
export async function createLogoutUrl(returnTo?: string): Promise<string | undefined> {
  const cookie = await browserCookie();
  if (!cookie) return undefined;
  try {
    const { data } = await kratosCall('create logout flow', (o) =>
      frontend().createBrowserLogoutFlow({ cookie, returnTo }, o),
    );
    return toBrowserUrl(data.logout_url, urlContext());
  } catch {
    return undefined;
  }
}

export type ErrorOutcome =
  { kind: 'error'; error: KratosErrorView } | { kind: 'unavailable' } | { kind: 'missing' };

/** The error behind /error?id=. */
export async function loadFlowError(id: string | undefined): Promise<ErrorOutcome> {
  if (!id || !FLOW_ID.test(id)) return { kind: 'missing' };
  try {
    const { data } = await kratosCall('get flow error', (o) => frontend().getFlowError({ id }, o));
    const error = mapError(500, data.error);
    return { kind: 'error', error };
  } catch (err) {
    const { status } = failure(err);
    if (status === 0 || status >= 500) return { kind: 'unavailable' };
    return { kind: 'missing' };
  }
}

export { restartUrl };

// Shared with lib/kratos/sessions.ts (the Devices page), which talks to the same FrontendApi.
export { browserCookie, failure, frontend, kratosCall };
