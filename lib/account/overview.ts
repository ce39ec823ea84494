// The account overview (the home page for a signed-in user): who, which addresses, how the
// account is protected, where it is signed in and which apps hold access. Pure: the page loads
// the parts, this decides what they mean.
import type { SignInMethodsView } from '@/lib/kratos/admin';
import { profileName } from '@/lib/kratos/traits';
import type { SessionView } from '@/lib/kratos/types';

interface OverviewAddress {
  value: string;
  via: string;
  verified: boolean;
}

export interface AccountOverview {
  /** The person's name from the profile, when it has one. */
  name?: string;
  addresses: OverviewAddress[];
  /** What the admin API tells about the sign-in methods; undefined without it. */
  methods?: SignInMethodsView;
  /** A second step protects the account (this session used one, or one is set up). */
  twoStep: boolean;
  /** When this session signed in (ISO time). */
  signedInAt?: string;
  /** Devices signed in (this one included); undefined when unknown. */
  devices?: number;
  /** Apps holding access; undefined when Hydra is not configured or did not answer. */
  apps?: number;
}

export function accountOverview(
  session: SessionView,
  parts: { methods?: SignInMethodsView; devices?: number; apps?: number },
): AccountOverview {
  const { methods } = parts;
  const secondFactorSetUp = Boolean(
    methods &&
    (methods.totp || methods.securityKeys.length || methods.backupCodesLeft !== undefined),
  );
  return {
    name: profileName(session.identity.traits).full,
    addresses: session.identity.addresses.map((a) => ({
      value: a.value,
      via: a.via,
      verified: a.verified,
    })),
    methods,
    twoStep: session.aal === 'aal2' || secondFactorSetUp,
    signedInAt: session.authenticatedAt,
    devices: parts.devices,
    apps: parts.apps,
  };
}

/**
 * Must the user sign in again before deleting the account? Kratos's own rule for privileged
 * settings: the session's last sign-in is older than privileged_session_max_age.
 */
export function needsFreshSignIn(
  authenticatedAt: string | undefined,
  now: Date,
  maxAgeSeconds: number,
): boolean {
  const at = authenticatedAt ? Date.parse(authenticatedAt) : NaN;
  if (!Number.isFinite(at)) return true;
  return now.getTime() - at > maxAgeSeconds * 1000;
}
