import 'server-only';
import { acceptConsent, rejectConsent, type ConsentView, type DecisionOutcome } from '@/lib/hydra';
import type { SessionView } from '@/lib/kratos';
import { idTokenClaims } from './claims';

/** Only the user Hydra asks about may answer for them. */
export function mayDecide(request: ConsentView, session: SessionView): boolean {
  return session.identity.id === request.subject;
}

/**
 * The one consent decision, for the page (an app that skips consent, or a remembered one) and
 * for the form's POST: allow grants exactly what the app asked for, with the ID token's claims
 * for those scopes; deny refuses.
 */
export function decideConsent(
  request: ConsentView,
  session: SessionView,
  choice: { allow: true; remember: boolean } | { allow: false },
): Promise<DecisionOutcome> {
  if (!choice.allow) return rejectConsent(request.challenge);
  return acceptConsent(request.challenge, {
    grantScope: request.requestedScope,
    grantAudience: request.requestedAudience,
    remember: choice.remember,
    idToken: idTokenClaims(session, request.requestedScope),
  });
}
