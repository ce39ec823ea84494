import 'server-only';
import { Configuration, OAuth2Api } from '@ory/client';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { safeRedirect } from '@/lib/kratos/urls';
import { urlContext } from '@/lib/kratos/context';
import { mapConsent, mapLoginRequest, mapLogout, redirectTo } from './map';
import type {
  ChallengeOutcome,
  ConsentView,
  DecisionOutcome,
  LogoutView,
  OAuth2LoginView,
} from './types';

// Hydra's admin API, server to server. Raw SDK types never leave this file.
let api: OAuth2Api | undefined;

function admin(): OAuth2Api | undefined {
  const { HYDRA_ADMIN_URL, HYDRA_TIMEOUT_MS } = env();
  if (!HYDRA_ADMIN_URL) return undefined;
  api ??= new OAuth2Api(
    new Configuration({ basePath: HYDRA_ADMIN_URL, baseOptions: { timeout: HYDRA_TIMEOUT_MS } }),
  );
  return api;
}

/** Is Hydra configured at all? */
export function hydraEnabled(): boolean {
  return !!env().HYDRA_ADMIN_URL;
}

// Hydra's challenges are opaque tokens (base64, padding included); anything else is refused
// before asking it.
const CHALLENGE = /^[A-Za-z0-9._~+/=-]{1,8192}$/;

function status(err: unknown): { status: number; body: unknown } {
  const response = (err as { response?: { status?: number; data?: unknown } }).response;
  return typeof response?.status === 'number'
    ? { status: response.status, body: response.data }
    : { status: 0, body: undefined };
}

/** Hydra's redirect_to, checked like every URL we hand a browser. */
function checkedRedirect(body: unknown): string | undefined {
  const parsed = redirectTo.safeParse(body);
  return parsed.success ? safeRedirect(parsed.data.redirect_to, urlContext()) : undefined;
}

async function call<T>(op: string, run: (api: OAuth2Api) => Promise<T>): Promise<T> {
  const started = performance.now();
  let code = 200;
  try {
    return await run(admin()!);
  } catch (err) {
    code = status(err).status;
    throw err;
  } finally {
    logger.info('hydra call', { op, status: code, ms: Math.round(performance.now() - started) });
  }
}

async function load<T>(
  op: string,
  challenge: string | undefined,
  fetchIt: (api: OAuth2Api, challenge: string) => Promise<{ data: unknown }>,
  map: (raw: unknown, challenge: string) => T | undefined,
): Promise<ChallengeOutcome<T>> {
  if (!admin()) return { kind: 'disabled' };
  if (!challenge || !CHALLENGE.test(challenge)) return { kind: 'invalid' };
  try {
    const { data } = await call(op, (a) => fetchIt(a, challenge));
    const request = map(data, challenge);
    return request ? { kind: 'request', request } : { kind: 'invalid' };
  } catch (err) {
    const { status: s, body } = status(err);
    if (s === 0 || s >= 500) return { kind: 'unavailable' };
    // 410: used already; Hydra says where the browser should go instead.
    const to = s === 410 ? checkedRedirect(body) : undefined;
    return to ? { kind: 'handled', redirectTo: to } : { kind: 'invalid' };
  }
}

async function decide(
  op: string,
  challenge: string,
  run: (api: OAuth2Api) => Promise<{ data: unknown }>,
): Promise<DecisionOutcome> {
  if (!admin()) return { kind: 'disabled' };
  if (!CHALLENGE.test(challenge)) return { kind: 'invalid' };
  try {
    const { data } = await call(op, run);
    const to = checkedRedirect(data);
    if (!to) logger.warn('hydra redirect refused', { op });
    return to ? { kind: 'redirect', to } : { kind: 'invalid' };
  } catch (err) {
    const { status: s } = status(err);
    return s === 0 || s >= 500 ? { kind: 'unavailable' } : { kind: 'invalid' };
  }
}

/** Hydra's login request: is the challenge good, and which languages the app wishes for. */
export function loadLoginRequest(
  challenge: string | undefined,
): Promise<ChallengeOutcome<OAuth2LoginView>> {
  return load(
    'get login request',
    challenge,
    (a, loginChallenge) => a.getOAuth2LoginRequest({ loginChallenge }),
    (raw) => mapLoginRequest(raw),
  );
}

export function loadConsentRequest(
  challenge: string | undefined,
): Promise<ChallengeOutcome<ConsentView>> {
  return load(
    'get consent request',
    challenge,
    (a, consentChallenge) => a.getOAuth2ConsentRequest({ consentChallenge }),
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
    a.acceptOAuth2ConsentRequest({
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
    a.rejectOAuth2ConsentRequest({
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
    (a, logoutChallenge) => a.getOAuth2LogoutRequest({ logoutChallenge }),
    mapLogout,
  );
}

export function acceptLogout(challenge: string): Promise<DecisionOutcome> {
  return decide('accept logout request', challenge, (a) =>
    a.acceptOAuth2LogoutRequest({ logoutChallenge: challenge }),
  );
}

/** Cancels a logout: Hydra answers 204, and the user stays signed in. */
export async function rejectLogout(challenge: string): Promise<'ok' | 'invalid' | 'unavailable'> {
  if (!admin() || !CHALLENGE.test(challenge)) return 'invalid';
  try {
    await call('reject logout request', (a) =>
      a.rejectOAuth2LogoutRequest({ logoutChallenge: challenge }),
    );
    return 'ok';
  } catch (err) {
    const { status: s } = status(err);
    return s === 0 || s >= 500 ? 'unavailable' : 'invalid';
  }
}
