import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { getI18n } from '@/lib/i18n';
import { loadGrants, revokeGrants, revokeHydraLogins } from '@/lib/hydra';
import { after } from 'next/server';
import { countDevices, fullSessionFirst, loadSession, restartUrl } from '@/lib/kratos';
import { adminApiEnabled, deleteIdentity, identitySignInMethods } from '@/lib/kratos/admin';
import type { SessionView } from '@/lib/kratos/types';
import { logger } from '@/lib/log';
import { notifyAccountDeleted } from '@/lib/notify';
import { accountOverview, needsFreshSignIn, type AccountOverview } from './overview';

// The account center: the overview, the connected apps and deleting the account. Each page
// needs a full session (the second factor done, as the Devices page does).

export type AccountSession =
  | { kind: 'session'; session: SessionView }
  | { kind: 'redirect'; to: string }
  | { kind: 'unavailable' };

/** This browser's full session, or where to go first (sign in, then back to `path`). */
export async function accountSession(path: string): Promise<AccountSession> {
  const outcome = await loadSession();
  if (outcome.kind === 'session') return outcome;
  if (outcome.kind === 'unavailable') return outcome;
  return { kind: 'redirect', to: fullSessionFirst(outcome.kind, `${env().UI_URL}${path}`) };
}

/** The home page's overview of a signed-in account. */
export async function loadOverview(session: SessionView): Promise<AccountOverview> {
  const [methods, devices, grants] = await Promise.all([
    identitySignInMethods(session.identity.id),
    countDevices(),
    loadGrants(session.identity.id),
  ]);
  return accountOverview(session, {
    methods,
    devices,
    apps: grants.kind === 'grants' ? grants.grants.length : undefined,
  });
}

/** Deleting the account is offered only with Kratos's admin API configured. */
export const accountDeletionEnabled = adminApiEnabled;

/** Must this session sign in again before deleting the account? */
export function deletionNeedsSignIn(session: SessionView, now = new Date()): boolean {
  return needsFreshSignIn(session.authenticatedAt, now, env().PRIVILEGED_SESSION_MAX_AGE_SECONDS);
}

export type DeleteOutcome =
  | { kind: 'deleted' }
  /** No session: already deleted (a second submit), or signed out. */
  | { kind: 'gone' }
  | { kind: 'sign-in-again'; to: string }
  | { kind: 'failed' };

/**
 * Deletes the signed-in identity: its id comes from whoami, never from the form. Then Hydra
 * forgets the user's consents (revoking the apps' tokens) and login sessions, and the account's
 * addresses are told. Kratos deletes the identity's sessions with it.
 */
export async function deleteAccount(): Promise<DeleteOutcome> {
  const outcome = await loadSession();
  if (outcome.kind === 'unavailable') return { kind: 'failed' };
  if (outcome.kind !== 'session') return { kind: 'gone' };
  const { session } = outcome;
  if (deletionNeedsSignIn(session)) {
    const back = `${env().UI_URL}/account/delete`;
    return { kind: 'sign-in-again', to: reauthenticate(back) };
  }
  const id = session.identity.id;
  if (!(await deleteIdentity(id))) return { kind: 'failed' };
  const [consents, logins] = await Promise.all([revokeGrants(id), revokeHydraLogins(id)]);
  logger.info('account deleted', { identityId: id, hydraConsents: consents, hydraLogins: logins });
  const [h, { locale }] = await Promise.all([headers(), getI18n()]);
  const goodbye = {
    addresses: session.identity.addresses.filter((a) => a.via === 'email').map((a) => a.value),
    locale,
    userAgent: h.get('user-agent') ?? undefined,
    ip: h.get('x-forwarded-for') ?? undefined,
  };
  // After the answer: a slow or absent mail server never holds up the goodbye page.
  after(() => notifyAccountDeleted(goodbye));
  return { kind: 'deleted' };
}

/** A fresh sign-in (Kratos's refresh), then back to `returnTo`. */
export function reauthenticate(returnTo: string): string {
  return restartUrl('login', { refresh: 'true', return_to: returnTo });
}
