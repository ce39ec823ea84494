// The restart policy, in one place: when a flow cannot go on, which flow starts again, with which
// of its parameters, and which one-line notice (?notice=) tells the user why. Every page, route
// and the error page ask this module; restart.test.ts walks the table. Pure (no server-only
// imports), so the proxy hook and the tests use it too.
import { errorCause } from './errors';
import { KRATOS_MESSAGE } from './message-ids';
import type {
  FlowKind,
  FlowOutcome,
  FlowView,
  KratosErrorView,
  Notice,
  RestartParams,
} from './types';
import { safeRedirect, toBrowserUrl, type UrlContext } from '@/lib/redirects';

/** Query parameters that define a flow and must be kept when it is started again. */
const RESTART_KEYS: Record<FlowKind, readonly string[]> = {
  login: ['aal', 'refresh', 'return_to', 'login_challenge', 'organization', 'via'],
  registration: ['return_to', 'login_challenge', 'organization'],
  verification: ['return_to'],
  recovery: ['return_to'],
  settings: ['return_to'],
};

export function pickRestartParams(kind: FlowKind, source: URLSearchParams): RestartParams {
  const out: RestartParams = {};
  for (const key of RESTART_KEYS[kind]) {
    const value = source.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/**
 * The restart parameters of a flow Kratos returned: those of the URL it was started with, its
 * return_to (Kratos checks it again on the restart), its Hydra login challenge, and aal=aal2
 * for a second-factor login.
 */
export function flowRestartParams(
  kind: FlowKind,
  requestQuery: URLSearchParams,
  flow: { returnTo?: string; loginChallenge?: string; requestedAal?: string },
): RestartParams {
  const params = pickRestartParams(kind, requestQuery);
  if (flow.returnTo && !params.return_to) params.return_to = flow.returnTo;
  if (kind === 'login' && flow.loginChallenge && !params.login_challenge) {
    params.login_challenge = flow.loginChallenge;
  }
  if (kind === 'login' && flow.requestedAal === 'aal2') params.aal = 'aal2';
  return params;
}

/** The UI URL that starts a fresh flow of this kind, keeping its defining parameters. */
export function restartUrl(kind: FlowKind, params: RestartParams, notice?: Notice): string {
  const query = new URLSearchParams(params);
  if (notice) query.set('notice', notice);
  const qs = query.toString();
  return `/start/${kind}${qs ? `?${qs}` : ''}`;
}

/** The start route for a flow page opened without a flow id (proxy.ts): everything kept. */
export function startUrl(kind: FlowKind, search: string): string {
  return `/start/${kind}${search}`;
}

/** What a restart does. */
interface RestartRule {
  /** The flow that starts again: the one that failed, or a (first-factor) login. */
  readonly start: 'same' | 'login';
  /** Which of the failed flow's parameters the new one keeps. */
  readonly keep: 'all' | 'return_to' | 'none';
  /** The one line the new flow's page shows (?notice=). */
  readonly notice?: Notice;
  /** The new login asks for the second factor (aal=aal2) when the session still owes it. */
  readonly secondFactor: boolean;
}

/**
 * THE table: why a flow is started again → how. The causes, and where each is found:
 * - loading a flow page failed (`flowFailure`): missing, expired, csrf, refused, signed-out;
 * - a flow loaded but cannot go on (`deadEnd`): dead-end-expired, attempts;
 * - Kratos sent the browser to /error?id= with an error a new sign-in resolves
 *   (`errorPageRestart`): error-signed-out, error-csrf, error-expired;
 * - a page that needs a full session found one that owes its second factor: second-factor-owed.
 */
export const RESTARTS = {
  /** No flow id, or one Kratos does not know (404, or a 400 without an error id). */
  missing: { start: 'same', keep: 'all', secondFactor: false },
  /** 410 or self_service_flow_expired. */
  expired: { start: 'same', keep: 'all', notice: 'expired', secondFactor: false },
  /** security_csrf_violation, the first time (the second time is an error: no cookies). */
  csrf: { start: 'same', keep: 'all', notice: 'csrf', secondFactor: false },
  /** Another 403 on a flow other than login. */
  refused: { start: 'same', keep: 'all', secondFactor: false },
  /** 401, session_inactive or session_aal1_required: sign in first, then go where asked. */
  'signed-out': { start: 'login', keep: 'return_to', secondFactor: false },
  /** The flow carries "expired" (4010001), or is the one Kratos made for an expired aal2 one. */
  'dead-end-expired': { start: 'same', keep: 'all', notice: 'expired', secondFactor: true },
  /** The code's attempts are used up (4000001 on the code step). */
  attempts: { start: 'same', keep: 'all', notice: 'attempts', secondFactor: true },
  'error-signed-out': { start: 'login', keep: 'none', notice: 'missing', secondFactor: true },
  'error-csrf': { start: 'login', keep: 'none', notice: 'csrf', secondFactor: true },
  'error-expired': { start: 'login', keep: 'none', notice: 'expired', secondFactor: true },
  /** Signed in, but the second factor is still owed: the 2FA screen, then back. */
  'second-factor-owed': { start: 'login', keep: 'return_to', secondFactor: true },
} as const satisfies Record<string, RestartRule>;

export type RestartCause = keyof typeof RESTARTS;

export interface Restart {
  to: string;
  cause: RestartCause;
}

/**
 * Applies the table: the URL that starts the flow again for this cause. `secondFactorOwed` says
 * whether the browser's session still owes its second factor; the one place aal=aal2 is put back.
 */
export function restart(
  cause: RestartCause,
  kind: FlowKind,
  params: RestartParams,
  secondFactorOwed = false,
): Restart {
  const rule: RestartRule = RESTARTS[cause];
  const flow = rule.start === 'same' ? kind : 'login';
  const kept: RestartParams =
    rule.keep === 'all'
      ? { ...params }
      : rule.keep === 'return_to' && params.return_to
        ? { return_to: params.return_to }
        : {};
  const query = rule.secondFactor && secondFactorOwed && flow === 'login' ? withAal2(kept) : kept;
  return { to: restartUrl(flow, query, rule.notice), cause };
}

// aal=aal2 first, as Kratos writes it; an aal already there keeps its place.
const withAal2 = (params: RestartParams): RestartParams =>
  'aal' in params ? { ...params, aal: 'aal2' } : { aal: 'aal2', ...params };

/** Sign in first, then back to `returnTo`. */
export const signInFirst = (returnTo?: string): string =>
  restart('signed-out', 'login', returnTo ? { return_to: returnTo } : {}).to;

/** The second factor first (the 2FA screen), then back to `returnTo`. */
export const secondFactorFirst = (returnTo?: string): string =>
  restart('second-factor-owed', 'login', returnTo ? { return_to: returnTo } : {}, true).to;

/**
 * Where a page that needs a full session sends a browser without one: the second factor (when
 * the session still owes it) or a sign-in, then back to `returnTo`.
 */
export const fullSessionFirst = (owed: 'second-factor-owed' | 'anonymous', returnTo: string) =>
  owed === 'second-factor-owed' ? secondFactorFirst(returnTo) : signInFirst(returnTo);

/**
 * Why a loaded login or registration flow is a dead end that only a fresh flow gets out of, or
 * undefined when it can go on. Decided on message ids and the flow's own state, never on
 * Kratos's English text:
 * - 4010001: the flow expired (Kratos puts this on a fresh flow that has lost aal=aal2);
 * - 4000001 on the code step (`sent_email`): the attempts are used up, the only generic error
 *   Kratos raises there (the 6th submission in one flow; a resend does not reset it);
 * - 4000001 on a first-factor login flow while a session exists: the flow Kratos made for an
 *   expired aal2 one, which only says that a session was found.
 */
export async function deadEndCause(
  flow: Pick<FlowView, 'kind' | 'messages' | 'state' | 'requestedAal'>,
  hasSession: () => Promise<boolean>,
): Promise<'dead-end-expired' | 'attempts' | undefined> {
  if (flow.kind !== 'login' && flow.kind !== 'registration') return undefined;
  const errors = flow.messages.filter((m) => m.type === 'error');
  if (errors.some((m) => m.id === KRATOS_MESSAGE.FLOW_EXPIRED)) return 'dead-end-expired';
  if (!errors.some((m) => m.id === KRATOS_MESSAGE.GENERIC_ERROR)) return undefined;
  if (flow.state === 'sent_email') return 'attempts';
  if (flow.kind !== 'login' || flow.requestedAal === 'aal2') return undefined;
  return (await hasSession()) ? 'dead-end-expired' : undefined;
}

/** The session facts a restart depends on, asked only when needed (a whoami call). */
export interface SessionProbe {
  /** A session exists (complete or owing its second factor). */
  signedIn: () => Promise<boolean>;
  /** The session exists but still owes its second factor. */
  secondFactorOwed: () => Promise<boolean>;
}

/** A loaded flow that cannot go on: how it starts again, or undefined when it can go on. */
export async function deadEnd(
  flow: Pick<FlowView, 'kind' | 'messages' | 'state' | 'requestedAal' | 'restartParams'>,
  session: SessionProbe,
): Promise<Restart | undefined> {
  const cause = await deadEndCause(flow, session.signedIn);
  if (!cause) return undefined;
  // A first-factor login Kratos made in place of an expired aal2 one gets its aal=aal2 back.
  const owed =
    flow.kind === 'login' && flow.requestedAal !== 'aal2' && (await session.secondFactorOwed());
  return restart(cause, flow.kind, flow.restartParams, owed);
}

const ERROR_PAGE_CAUSES: Partial<Record<ReturnType<typeof errorCause>, RestartCause>> = {
  'aal1-required': 'error-signed-out',
  'session-inactive': 'error-signed-out',
  csrf: 'error-csrf',
  'flow-expired': 'error-expired',
};

/**
 * The error behind /error?id= when a new sign-in resolves it (the page then shows nothing and
 * starts over): which cause, or undefined when the page shows the error.
 */
export function errorPageCause(errorId: string | undefined): RestartCause | undefined {
  return ERROR_PAGE_CAUSES[errorCause(errorId)];
}

/** A Kratos error as mapError reads it. */
export type FlowError = KratosErrorView & { redirectTo?: string };

/**
 * Decides what a page does when fetching a flow failed. Kratos's error contract:
 * 404 unknown id, 410 expired, 403 CSRF → start again; redirect_browser_to → follow it;
 * session_already_available → go where the user was heading; 5xx → unavailable.
 */
export function flowFailure(
  kind: FlowKind,
  status: number,
  error: FlowError,
  pageParams: URLSearchParams,
  ctx: UrlContext,
): FlowOutcome {
  const cause = errorCause(error.id);
  const params = pickRestartParams(kind, pageParams);
  const restarting = (c: RestartCause): FlowOutcome => ({
    kind: 'restart',
    to: restart(c, kind, params).to,
  });
  if (status >= 500 || status === 0) return { kind: 'unavailable' };
  if (cause === 'session-already-available') {
    return { kind: 'redirect', to: safeRedirect(params.return_to, ctx) ?? '/' };
  }
  if (status === 404 || (status === 400 && !error.id && kind !== 'settings')) {
    return restarting('missing');
  }
  if (status === 410 || cause === 'flow-expired') {
    // redirect_to drops aal and friends; rebuild it from what we know.
    if (error.redirectTo) {
      try {
        const fromKratos = pickRestartParams(
          kind,
          new URL(error.redirectTo, ctx.uiOrigin).searchParams,
        );
        Object.assign(params, { ...fromKratos, ...params });
      } catch {
        // Ignore a malformed redirect_to.
      }
    }
    return restarting('expired');
  }
  if (cause === 'csrf' && pageParams.get('notice') === RESTARTS.csrf.notice) {
    // We already started over once for this reason: the browser is not sending cookies back.
    // Another restart would loop forever.
    return {
      kind: 'error',
      error: { status: 403, id: 'cookies_required', message: 'Cookies are required to continue.' },
    };
  }
  if (cause === 'csrf') return restarting('csrf');
  if (error.redirectTo) {
    return { kind: 'redirect', to: toBrowserUrl(error.redirectTo, ctx) ?? '/' };
  }
  if (status === 401 || cause === 'session-inactive' || cause === 'aal1-required') {
    return restarting('signed-out');
  }
  if (status === 403 && kind !== 'login') return restarting('refused');
  return {
    kind: 'error',
    error: { status: error.status, id: error.id, reason: error.reason, message: error.message },
  };
}

/**
 * Kratos sends an aal1 session that opens settings to `login/browser?aal=aal2` without a
 * return_to, so after the code the user would land on the default page. Point it back to the
 * flow (with the return_to it was opened with).
 */
export function comeBackAfterLogin(
  location: string,
  kind: FlowKind,
  ui: { origin: string; url: string },
  originalReturnTo: string | null,
): string {
  const url = new URL(location, ui.origin);
  if (!url.pathname.endsWith('/self-service/login/browser') || url.searchParams.has('return_to')) {
    return location;
  }
  const back = new URL(`/${kind}`, ui.url);
  if (originalReturnTo) back.searchParams.set('return_to', originalReturnTo);
  url.searchParams.set('return_to', back.toString());
  return `${url.pathname}${url.search}`;
}

/**
 * Kratos refused to start the flow itself (e.g. verification with a return_to it does not
 * allow) and answered without a redirect: start clean without the offending parameter, or
 * undefined when there is none to drop.
 */
export function withoutReturnTo(kind: FlowKind, params: RestartParams): string | undefined {
  if (!params.return_to) return undefined;
  const rest = { ...params };
  delete rest.return_to;
  return restartUrl(kind, rest);
}
