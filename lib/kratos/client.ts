import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { FrontendApi, IdentityApi } from '@ory/client-fetch';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { sdkCall, sdkConfiguration, withRequestOptions, type SdkResult } from '@/lib/ory-sdk';
import type { ApiResponse } from '@ory/client-fetch';
import { urlContext } from './context';
import { mapError, mapFlow, mapFlowFailure, mapSession, restartUrl } from './map';
import type { FlowKind, FlowOutcome, FlowView, KratosErrorView, SessionOutcome } from './types';
import { cookiesForKratos, RAW_COOKIE_HEADER } from './own-cookies';
import { toBrowserUrl } from './urls';
import { sendToKratos } from './write-gate';
import { loginDeadEnd } from '@/lib/second-factor/dead-end';
import { schemasVerifyPhones } from '@/lib/phone/verification';

let api: FrontendApi | undefined;

/** Kratos's public API through Ory's fetch SDK. */
export function frontend(): FrontendApi {
  const { KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS } = env();
  api ??= new FrontendApi(sdkConfiguration(KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS));
  return api;
}

/** The browser's cookies as they arrived, without the UI's own. */
export async function browserCookie(): Promise<string | undefined> {
  const h = await headers();
  return cookiesForKratos(h.get(RAW_COOKIE_HEADER) ?? h.get('cookie'));
}

/**
 * Runs one Kratos call with this request's id (sent on, and logged with the outcome).
 * `run` gets the request options to pass to the SDK's *Raw method.
 */
export async function kratosCall(
  op: string,
  run: (options: ReturnType<typeof withRequestOptions>) => Promise<ApiResponse<unknown>>,
  extraHeaders: Record<string, string> = {},
  redirect?: RequestRedirect,
): Promise<SdkResult> {
  const id = (await headers()).get('x-request-id') ?? undefined;
  const options = withRequestOptions(
    { ...extraHeaders, ...(id ? { 'x-request-id': id } : {}) },
    redirect,
  );
  return sdkCall('kratos', op, () => run(options), id);
}

const getters = {
  login: (id, cookie, o) => frontend().getLoginFlowRaw({ id, cookie }, o),
  registration: (id, cookie, o) => frontend().getRegistrationFlowRaw({ id, cookie }, o),
  verification: (id, cookie, o) => frontend().getVerificationFlowRaw({ id, cookie }, o),
  recovery: (id, cookie, o) => frontend().getRecoveryFlowRaw({ id, cookie }, o),
  settings: (id, cookie, o) => frontend().getSettingsFlowRaw({ id, cookie }, o),
} satisfies Record<
  FlowKind,
  (
    id: string,
    cookie: string | undefined,
    o: ReturnType<typeof withRequestOptions>,
  ) => Promise<ApiResponse<unknown>>
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
  const cookie = await browserCookie();
  const result = await kratosCall(`get ${kind} flow`, (o) => getters[kind](id, cookie, o));
  if (result.ok) return settle(mapFlow(kind, result.body, urlContext()));
  if (result.status === 0 || result.status >= 500) {
    logger.warn('kratos flow fetch failed', { kind, status: result.status });
  }
  return mapFlowFailure(kind, result.status, result.body, params, urlContext());
}

/**
 * A login or registration flow that cannot go on (attempts used up on a code, expired) is
 * started again, keeping what defines it; an aal1 login flow Kratos made for an expired aal2
 * one gets its aal=aal2 back.
 */
async function settle(flow: FlowView): Promise<FlowOutcome> {
  if (flow.kind !== 'login' && flow.kind !== 'registration') return { kind: 'flow', flow };
  let signedIn: boolean | undefined;
  const hasSession = async () =>
    flow.kind === 'login' &&
    (signedIn ??= ['session', 'second-factor-owed'].includes((await loadSession()).kind));
  const deadEnd = await loginDeadEnd(flow, hasSession);
  if (!deadEnd) return { kind: 'flow', flow };
  const params = { ...flow.restartParams };
  if (flow.kind === 'login' && flow.requestedAal !== 'aal2') {
    if ((await loadSession()).kind === 'second-factor-owed') params.aal = 'aal2';
  }
  return { kind: 'restart', to: restartUrl(flow.kind, params, deadEnd), reason: deadEnd };
}

export interface StartResult {
  status: number;
  location?: string;
  setCookies: string[];
}

const truthy = (v: string | undefined) => (v === 'true' || v === '1' ? true : undefined);

/** The SDK call that starts a browser flow of this kind, from the UI's restart parameters. */
function creator(kind: FlowKind, q: URLSearchParams) {
  const get = (key: string) => q.get(key) ?? undefined;
  const common = { returnTo: get('return_to') };
  const f = frontend();
  type O = ReturnType<typeof withRequestOptions>;
  switch (kind) {
    case 'login':
      return (o: O) =>
        f.createBrowserLoginFlowRaw(
          {
            ...common,
            refresh: truthy(get('refresh')),
            aal: get('aal'),
            loginChallenge: get('login_challenge'),
            organization: get('organization'),
            via: get('via'),
          },
          o,
        );
    case 'registration':
      return (o: O) =>
        f.createBrowserRegistrationFlowRaw(
          { ...common, loginChallenge: get('login_challenge'), organization: get('organization') },
          o,
        );
    case 'verification':
      return (o: O) => f.createBrowserVerificationFlowRaw(common, o);
    case 'recovery':
      return (o: O) => f.createBrowserRecoveryFlowRaw(common, o);
    case 'settings':
      return (o: O) => f.createBrowserSettingsFlowRaw(common, o);
  }
}

/**
 * Starts a browser flow on the user's behalf, exactly as their browser would (an HTML request
 * whose redirect is not followed, so Kratos validates return_to and sets its CSRF cookie), and
 * hands back where to go and which cookies to relay.
 */
export async function startBrowserFlow(
  kind: FlowKind,
  query: URLSearchParams,
): Promise<StartResult> {
  const cookie = await browserCookie();
  const start = creator(kind, query);
  // Starting a flow writes it to Kratos's database.
  const result = await sendToKratos(
    { method: 'GET', path: `/self-service/${kind}/browser` },
    () =>
      kratosCall(
        `start ${kind} flow`,
        start,
        { accept: 'text/html', ...(cookie ? { cookie } : {}) },
        'manual',
      ),
    async (r) => r.body,
    () => logger.warn('kratos flow start resent after a database lock', { kind }),
  );
  const location = result.headers?.get('location');
  return {
    status: result.status,
    location: location ? (toBrowserUrl(location, urlContext()) ?? '/') : undefined,
    setCookies: result.headers?.getSetCookie() ?? [],
  };
}

/** The current session; cached per request so several components can ask. */
export const loadSession = cache(async (): Promise<SessionOutcome> => {
  const cookie = await browserCookie();
  if (!cookie) return { kind: 'anonymous' };
  const result = await kratosCall('whoami', (o) => frontend().toSessionRaw({ cookie }, o));
  if (result.ok) {
    const session = mapSession(result.body);
    return session ? { kind: 'session', session } : { kind: 'anonymous' };
  }
  if (result.status === 0 || result.status >= 500) return { kind: 'unavailable' };
  const error = mapError(result.status, result.body);
  if (result.status === 403 && error.redirectTo) {
    return {
      kind: 'second-factor-owed',
      to: toBrowserUrl(error.redirectTo, urlContext()) ?? '/',
    };
  }
  return { kind: 'anonymous' };
});

let phoneSchemas: { at: number; value: boolean } | undefined;
const SCHEMAS_TTL_MS = 60_000;

/**
 * Do the identity schemas verify phone numbers by SMS (lib/phone/verification.ts)? Asked of
 * Kratos's public `/schemas` once a minute; false while Kratos does not answer.
 */
export async function loadVerifiesPhones(): Promise<boolean> {
  if (phoneSchemas && Date.now() - phoneSchemas.at < SCHEMAS_TTL_MS) return phoneSchemas.value;
  const { KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS } = env();
  const identities = new IdentityApi(sdkConfiguration(KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS));
  const result = await kratosCall('list identity schemas', (o) =>
    identities.listIdentitySchemasRaw({ perPage: 100 }, o),
  );
  if (!result.ok) return phoneSchemas?.value ?? false;
  phoneSchemas = { at: Date.now(), value: schemasVerifyPhones(result.body) };
  return phoneSchemas.value;
}

/** A logout URL for the current session, or undefined when there is none. */
export async function createLogoutUrl(returnTo?: string): Promise<string | undefined> {
  const cookie = await browserCookie();
  if (!cookie) return undefined;
  const result = await kratosCall('create logout flow', (o) =>
    frontend().createBrowserLogoutFlowRaw({ cookie, returnTo }, o),
  );
  const url = result.ok ? mapLogoutUrl(result.body) : undefined;
  return url ? toBrowserUrl(url, urlContext()) : undefined;
}

function mapLogoutUrl(body: unknown): string | undefined {
  const url = (body as { logout_url?: unknown } | undefined)?.logout_url;
  return typeof url === 'string' ? url : undefined;
}

export type ErrorOutcome =
  { kind: 'error'; error: KratosErrorView } | { kind: 'unavailable' } | { kind: 'missing' };

/** The error behind /error?id=. */
export async function loadFlowError(id: string | undefined): Promise<ErrorOutcome> {
  if (!id || !FLOW_ID.test(id)) return { kind: 'missing' };
  const result = await kratosCall('get flow error', (o) => frontend().getFlowErrorRaw({ id }, o));
  if (result.ok) {
    const error = mapError(500, (result.body as { error?: unknown } | undefined)?.error);
    return { kind: 'error', error };
  }
  if (result.status === 0 || result.status >= 500) return { kind: 'unavailable' };
  return { kind: 'missing' };
}

export { restartUrl };
