import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { FrontendApi, IdentityApi } from '@ory/client-fetch';
import { logger } from '@/lib/log';
import { currentRequestId, sdkCall, withRequestOptions, type SdkResult } from '@/lib/ory-sdk';
import type { ApiResponse } from '@ory/client-fetch';
import { urlContext } from '@/lib/url-context';
import { errorCause } from './errors';
import { mapError, mapFlow, mapSession } from './map';
import { deadEnd, flowFailure } from './restart';
import type {
  FlowKind,
  FlowOutcome,
  FlowView,
  KratosErrorView,
  SessionOutcome,
  SessionView,
} from './types';
import { cookiesForKratos, RAW_COOKIE_HEADER } from './own-cookies';
import { toBrowserUrl } from '@/lib/redirects';
import { kratosConfiguration } from './sdk';
import { schemasVerifyPhones } from './schemas';

let api: FrontendApi | undefined;

/** Kratos's public API through Ory's fetch SDK. */
export function frontend(): FrontendApi {
  api ??= new FrontendApi(kratosConfiguration());
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
  const id = await currentRequestId();
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
    return flowFailure(kind, 404, mapError(404, undefined), params, urlContext());
  }
  const cookie = await browserCookie();
  const result = await kratosCall(`get ${kind} flow`, (o) => getters[kind](id, cookie, o));
  if (result.ok) return settle(mapFlow(kind, result.body, urlContext()));
  if (result.status === 0 || result.status >= 500) {
    logger.warn('kratos flow fetch failed', { kind, status: result.status });
  }
  return flowFailure(
    kind,
    result.status,
    mapError(result.status, result.body),
    params,
    urlContext(),
  );
}

/**
 * A login or registration flow that cannot go on (attempts used up on a code, expired) is
 * started again as lib/kratos/restart.ts decides; it asks whoami only when it needs to.
 */
async function settle(flow: FlowView): Promise<FlowOutcome> {
  const restart = await deadEnd(flow, {
    signedIn: async () => ['session', 'second-factor-owed'].includes((await whoami()).kind),
    secondFactorOwed: async () => (await whoami()).kind === 'second-factor-owed',
  });
  return restart ? { kind: 'restart', to: restart.to } : { kind: 'flow', flow };
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
  const result = await kratosCall(
    `start ${kind} flow`,
    start,
    { accept: 'text/html', ...(cookie ? { cookie } : {}) },
    'manual',
  );
  const location = result.headers?.get('location');
  return {
    status: result.status,
    location: location ? (toBrowserUrl(location, urlContext()) ?? '/') : undefined,
    setCookies: result.headers?.getSetCookie() ?? [],
  };
}

/** What whoami says, with what the Devices page needs besides the view (lib/kratos only). */
export type Whoami =
  | { kind: 'session'; session: SessionView; raw: unknown; cookie: string }
  | Exclude<SessionOutcome, { kind: 'session' }>;

/**
 * The one whoami: the browser's session at Kratos's required_aal, cached per request so every
 * component can ask. A session that owes its second factor is named as such.
 */
export const whoami = cache(async (): Promise<Whoami> => {
  const cookie = await browserCookie();
  if (!cookie) return { kind: 'anonymous' };
  const result = await kratosCall('whoami', (o) => frontend().toSessionRaw({ cookie }, o));
  if (result.ok) {
    const session = mapSession(result.body);
    return session ? { kind: 'session', session, raw: result.body, cookie } : { kind: 'anonymous' };
  }
  if (result.status === 0 || result.status >= 500) return { kind: 'unavailable' };
  const { id } = mapError(result.status, result.body);
  if (errorCause(id) === 'second-factor-owed') return { kind: 'second-factor-owed' };
  return { kind: 'anonymous' };
});

/** The current session, for pages. */
export async function loadSession(): Promise<SessionOutcome> {
  const state = await whoami();
  return state.kind === 'session' ? { kind: 'session', session: state.session } : state;
}

let phoneSchemas: { at: number; value: boolean } | undefined;
const SCHEMAS_TTL_MS = 60_000;

/**
 * Do the identity schemas verify phone numbers by SMS (lib/phone/verification.ts)? Asked of
 * Kratos's public `/schemas` once a minute; false while Kratos does not answer.
 */
export async function loadVerifiesPhones(): Promise<boolean> {
  if (phoneSchemas && Date.now() - phoneSchemas.at < SCHEMAS_TTL_MS) return phoneSchemas.value;
  const identities = new IdentityApi(kratosConfiguration());
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
