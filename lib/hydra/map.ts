// Hydra's JSON, parsed with zod at the adapter's edge into the view models (pure, unit-tested).
import { z } from 'zod';
import type { AppView, ConsentView, GrantView, LogoutView, OAuth2LoginView } from './types';

// Hydra sends null for many absent fields.
const text = z.string().nullish();
const list = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

const client = z.object({
  client_id: text,
  client_name: text,
  logo_uri: text,
  policy_uri: text,
  tos_uri: text,
  skip_consent: z.boolean().nullish(),
  skip_logout_consent: z.boolean().nullish(),
});

const consent = z.object({
  challenge: z.string(),
  subject: text,
  skip: z.boolean().nullish(),
  requested_scope: list,
  requested_access_token_audience: list,
  client: client.nullish(),
});

const logout = z.object({
  challenge: text,
  subject: text,
  sid: text,
  rp_initiated: z.boolean().nullish(),
  client: client.nullish(),
});

export const redirectTo = z.object({ redirect_to: z.string() });

/** Only http(s) links from a client's registration are shown (never javascript: and the like). */
function httpUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function mapApp(raw: z.infer<typeof client> | undefined | null): AppView {
  const id = raw?.client_id ?? '';
  return {
    id,
    name: raw?.client_name?.trim() || id,
    logoUri: httpUrl(raw?.logo_uri),
    policyUri: httpUrl(raw?.policy_uri),
    tosUri: httpUrl(raw?.tos_uri),
    skipConsent: raw?.skip_consent === true,
    skipLogoutConsent: raw?.skip_logout_consent === true,
  };
}

export function mapConsent(raw: unknown): ConsentView | undefined {
  const parsed = consent.safeParse(raw);
  if (!parsed.success) return undefined;
  const c = parsed.data;
  return {
    challenge: c.challenge,
    subject: c.subject ?? '',
    skip: c.skip === true,
    requestedScope: c.requested_scope,
    requestedAudience: c.requested_access_token_audience,
    app: mapApp(c.client),
  };
}

export function mapLogout(raw: unknown, challenge: string): LogoutView | undefined {
  const parsed = logout.safeParse(raw);
  if (!parsed.success) return undefined;
  const l = parsed.data;
  return {
    challenge: l.challenge ?? challenge,
    subject: l.subject ?? undefined,
    sid: l.sid ?? undefined,
    rpInitiated: l.rp_initiated === true,
    app: l.client ? mapApp(l.client) : undefined,
  };
}

/** The app asking for a sign-in, from a Kratos login flow's `oauth2_login_request`. */
export function mapLoginRequest(raw: unknown): OAuth2LoginView | undefined {
  const parsed = z
    .object({
      client: client.nullish(),
      oidc_context: z.object({ login_hint: text, ui_locales: list }).nullish(),
    })
    .safeParse(raw);
  if (!parsed.success || !parsed.data.client) return undefined;
  return {
    app: mapApp(parsed.data.client),
    loginHint: parsed.data.oidc_context?.login_hint || undefined,
    uiLocales: parsed.data.oidc_context?.ui_locales ?? [],
  };
}

const consentSession = z.object({
  consent_request: z.object({ client: client.nullish() }).nullish(),
  grant_scope: list,
  handled_at: text,
  remember: z.boolean().nullish(),
});

/**
 * Hydra's consent sessions for one user, one entry per app: the scopes of all its grants, the
 * latest grant's time, remembered if any grant was. Entries Hydra sends without a client are
 * dropped; the newest grant comes first.
 */
export function mapGrants(raw: unknown): GrantView[] {
  const parsed = z.array(z.unknown()).safeParse(raw);
  if (!parsed.success) return [];
  const byApp = new Map<string, GrantView>();
  for (const item of parsed.data) {
    const s = consentSession.safeParse(item);
    const app = s.success ? mapApp(s.data.consent_request?.client) : undefined;
    if (!s.success || !app?.id) continue;
    const seen = byApp.get(app.id);
    const grantedAt = s.data.handled_at ?? undefined;
    byApp.set(app.id, {
      app,
      scopes: [...new Set([...(seen?.scopes ?? []), ...s.data.grant_scope])],
      grantedAt:
        seen?.grantedAt && (!grantedAt || seen.grantedAt > grantedAt) ? seen.grantedAt : grantedAt,
      remembered: (seen?.remembered ?? false) || s.data.remember === true,
    });
  }
  return [...byApp.values()].sort((a, b) => (b.grantedAt ?? '').localeCompare(a.grantedAt ?? ''));
}

/** The page_token of the next page in Hydra's Link header, if there is one. */
export function nextPageToken(link: string | null | undefined): string | undefined {
  for (const part of (link ?? '').split(',')) {
    if (!/rel="?next"?/.test(part)) continue;
    const url = /<([^>]+)>/.exec(part)?.[1];
    if (!url) continue;
    try {
      return new URL(url, 'http://hydra.invalid').searchParams.get('page_token') ?? undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
