import 'server-only';
import { OAuth2Api, type ApiResponse } from '@ory/client-fetch';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { sdkCall, sdkConfiguration } from '@/lib/ory-sdk';
import { safeRedirect } from '@/lib/redirects';
import { urlContext } from '@/lib/url-context';
import {
  mapConsent,
  mapGrants,
  mapLoginRequest,
  mapLogout,
  nextPageToken,
  redirectTo,
} from './map';
import type {
  ChallengeOutcome,
  ConsentView,
  DecisionOutcome,
  GrantsOutcome,
  LogoutView,
  OAuth2LoginView,
} from './types';

// Hydra's admin API, server to server, through Ory's fetch SDK. Raw SDK types never leave
// this file: answers are read as JSON and parsed by ./map.
let api: OAuth2Api | undefined;

function admin(): OAuth2Api | undefined {
  const { HYDRA_ADMIN_URL, HYDRA_TIMEOUT_MS } = env();
  if (!HYDRA_ADMIN_URL) return undefined;
  api ??= new OAuth2Api(sdkConfiguration(HYDRA_ADMIN_URL, HYDRA_TIMEOUT_MS));
  return api;
}

/** Is Hydra configured at all? */
export function hydraEnabled(): boolean {
  return !!env().HYDRA_ADMIN_URL;
}

// Hydra's challenges are opaque tokens (base64, padding included); anything else is refused
// before asking it.
const CHALLENGE = /^[A-Za-z0-9._~+/=-]{1,8192}$/;

type Run = (api: OAuth2Api) => Promise<ApiResponse<unknown>>;

const call = (op: string, run: Run) => sdkCall('hydra', op, () => run(admin()!));

/** Hydra's redirect_to, checked like every URL we hand a browser. */
function checkedRedirect(body: unknown): string | undefined {
  const parsed = redirectTo.safeParse(body);
  return parsed.success ? safeRedirect(parsed.data.redirect_to, urlContext()) : undefined;
}

const down = (status: number) => status === 0 || status >= 500;

async function load<T>(
  op: string,
  challenge: string | undefined,
  fetchIt: (api: OAuth2Api, challenge: string) => Promise<ApiResponse<unknown>>,
  map: (raw: unknown, challenge: string) => T | undefined,
): Promise<ChallengeOutcome<T>> {
  if (!admin()) return { kind: 'disabled' };
  if (!challenge || !CHALLENGE.test(challenge)) return { kind: 'invalid' };
  const result = await call(op, (a) => fetchIt(a, challenge));
  if (result.ok) {
    const request = map(result.body, challenge);
    return request ? { kind: 'request', request } : { kind: 'invalid' };
  }
  if (down(result.status)) return { kind: 'unavailable' };
  // 410: used already; Hydra says where the browser should go instead.
  const to = result.status === 410 ? checkedRedirect(result.body) : undefined;
  return to ? { kind: 'handled', redirectTo: to } : { kind: 'invalid' };
}

async function decide(op: string, challenge: string, run: Run): Promise<DecisionOutcome> {
  if (!admin()) return { kind: 'disabled' };
  if (!CHALLENGE.test(challenge)) return { kind: 'invalid' };
  const result = await call(op, run);
  if (!result.ok) return down(result.status) ? { kind: 'unavailable' } : { kind: 'invalid' };
  const to = checkedRedirect(result.body);
  if (!to) logger.warn('hydra redirect refused', { op });
  return to ? { kind: 'redirect', to } : { kind: 'invalid' };
}

/** Hydra's login request: is the challenge good, and which languages the app wishes for. */
export function loadLoginRequest(
  challenge: string | undefined,
): Promise<ChallengeOutcome<OAuth2LoginView>> {
  return load(
    'get login request',
    challenge,
    (a, loginChallenge) => a.getOAuth2LoginRequestRaw({ loginChallenge }),
    (raw) => mapLoginRequest(raw),
  );
}

export function loadConsentRequest(
  challenge: string | undefined,
): Promise<ChallengeOutcome<ConsentView>> {
  return load(
    'get consent request',
    challenge,
    (a, consentChallenge) => a.getOAuth2ConsentRequestRaw({ consentChallenge }),
    mapConsent,
  );
}

export interface ConsentGrant {
  grantScope: string[];
  grantAudience: string[];
  remember: boolean;
  idToken: Record<string, unknown>;
}

/** How long a remembered consent lasts (30 days). */
const REMEMBER_FOR_SECONDS = 30 * 24 * 3600;

export function acceptConsent(challenge: string, grant: ConsentGrant): Promise<DecisionOutcome> {
  return decide('accept consent request', challenge, (a) =>
    a.acceptOAuth2ConsentRequestRaw({
      consentChallenge: challenge,
      acceptOAuth2ConsentRequest: {
        grant_scope: grant.grantScope,
        grant_access_token_audience: grant.grantAudience,
        remember: grant.remember,
        remember_for: grant.remember ? REMEMBER_FOR_SECONDS : undefined,
        session: { id_token: grant.idToken },
      },
    }),
  );
}

export function rejectConsent(challenge: string): Promise<DecisionOutcome> {
  return decide('reject consent request', challenge, (a) =>
    a.rejectOAuth2ConsentRequestRaw({
      consentChallenge: challenge,
      rejectOAuth2Request: {
        error: 'access_denied',
        error_description: 'The user denied the request.',
        status_code: 403,
      },
    }),
  );
}

export function loadLogoutRequest(
  challenge: string | undefined,
): Promise<ChallengeOutcome<LogoutView>> {
  return load(
    'get logout request',
    challenge,
    (a, logoutChallenge) => a.getOAuth2LogoutRequestRaw({ logoutChallenge }),
    mapLogout,
  );
}

export function acceptLogout(challenge: string): Promise<DecisionOutcome> {
  return decide('accept logout request', challenge, (a) =>
    a.acceptOAuth2LogoutRequestRaw({ logoutChallenge: challenge }),
  );
}

/** Cancels a logout: Hydra answers 204, and the user stays signed in. */
export async function rejectLogout(challenge: string): Promise<'ok' | 'invalid' | 'unavailable'> {
  if (!admin() || !CHALLENGE.test(challenge)) return 'invalid';
  const result = await call('reject logout request', (a) =>
    a.rejectOAuth2LogoutRequestRaw({ logoutChallenge: challenge }),
  );
  if (result.ok) return 'ok';
  return down(result.status) ? 'unavailable' : 'invalid';
}

/** Apps per page of the connected-apps list. */
const GRANTS_PAGE_SIZE = 50;
const PAGE_TOKEN = /^[A-Za-z0-9._~+/=-]{1,512}$/;

/** The apps a user let in (Hydra's consent sessions for the subject), one page at a time. */
export async function loadGrants(subject: string, pageToken?: string): Promise<GrantsOutcome> {
  if (!admin()) return { kind: 'disabled' };
  const token = pageToken && PAGE_TOKEN.test(pageToken) ? pageToken : undefined;
  const result = await call('list consent sessions', (a) =>
    a.listOAuth2ConsentSessionsRaw({ subject, pageSize: GRANTS_PAGE_SIZE, pageToken: token }),
  );
  if (!result.ok) return { kind: 'unavailable' };
  return {
    kind: 'grants',
    grants: mapGrants(result.body),
    nextPage: nextPageToken(result.headers.get('link')),
  };
}

/**
 * Takes back what a user granted: one app's consent (and with it Hydra revokes that app's
 * tokens), or every app's when `clientId` is undefined. True when Hydra did it.
 */
export async function revokeGrants(subject: string, clientId?: string): Promise<boolean> {
  if (!admin()) return false;
  const result = await call('revoke consent sessions', (a) =>
    a.revokeOAuth2ConsentSessionsRaw(
      clientId ? { subject, client: clientId } : { subject, all: true },
    ),
  );
  return result.ok;
}

/** Ends Hydra's login sessions of a user (its "remember me" for apps). True when done. */
export async function revokeHydraLogins(subject: string): Promise<boolean> {
  if (!admin()) return false;
  const result = await call('revoke login sessions', (a) =>
    a.revokeOAuth2LoginSessionsRaw({ subject }),
  );
  return result.ok;
}
