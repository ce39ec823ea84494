// Which identity facts go into the ID token, by granted scope (OpenID Connect Core §5.4).
import { profileName } from '@/lib/kratos/traits';
import type { SessionView } from '@/lib/kratos/types';

export type IdTokenClaims = Record<string, string | boolean>;

/**
 * Standard claims from the Kratos identity, for the granted scopes only: `email` and
 * `email_verified` (from the verifiable address) for "email"; `name`, `given_name` and
 * `family_name` for "profile" when the schema has them.
 */
export function idTokenClaims(
  session: SessionView,
  grantedScope: readonly string[],
): IdTokenClaims {
  const claims: IdTokenClaims = {};
  const traits = session.identity.traits;
  if (grantedScope.includes('email')) {
    const email = typeof traits.email === 'string' ? traits.email : undefined;
    if (email) {
      claims.email = email;
      const address = session.identity.addresses.find(
        (a) => a.via === 'email' && a.value.toLowerCase() === email.toLowerCase(),
      );
      claims.email_verified = address?.verified === true;
    }
  }
  if (grantedScope.includes('profile')) {
    const { given, family, full } = profileName(traits);
    if (given) claims.given_name = given;
    if (family) claims.family_name = family;
    if (full) claims.name = full;
  }
  return claims;
}
