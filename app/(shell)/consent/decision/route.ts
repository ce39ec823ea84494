import { getI18n } from '@/lib/i18n';
import {
  acceptConsent,
  idTokenClaims,
  loadConsentRequest,
  rejectConsent,
  type DecisionOutcome,
} from '@/lib/hydra';
import { loadSession } from '@/lib/kratos';
import { readOwnForm, seeOther } from '@/lib/own-forms';
import { navigationHop } from '@/lib/navigation';
import { consentPurpose, unavailableFrom } from '@/lib/own-forms';

// The consent form's POST: Allow or Deny, checked against this browser's CSRF secret and the
// signed-in user, then sent on to Hydra, whose answer the browser follows by a plain navigation.
export async function POST(request: Request) {
  const { field, trusted } = await readOwnForm(request);
  const challenge = field('consent_challenge');
  const page = `/consent?${new URLSearchParams({ consent_challenge: challenge })}`;
  if (!(await trusted(consentPurpose(challenge)))) {
    // Nothing is decided; the page shows why and offers the same choice again.
    return seeOther(`${page}&notice=csrf`);
  }
  const [outcome, session] = await Promise.all([loadConsentRequest(challenge), loadSession()]);
  if (outcome.kind === 'unavailable' || session.kind === 'unavailable') {
    return seeOther(unavailableFrom(page));
  }
  if (outcome.kind === 'handled') return leave(outcome.redirectTo);
  if (
    outcome.kind !== 'request' ||
    session.kind !== 'session' ||
    session.session.identity.id !== outcome.request.subject
  ) {
    // The page explains (unknown challenge, another user, signed out).
    return seeOther(page);
  }
  const consent = outcome.request;
  let decision: DecisionOutcome;
  if (field('decision') === 'allow') {
    decision = await acceptConsent(challenge, {
      grantScope: consent.requestedScope,
      grantAudience: consent.requestedAudience,
      remember: field('remember') === 'true',
      idToken: idTokenClaims(session.session, consent.requestedScope),
    });
  } else if (field('decision') === 'deny') {
    decision = await rejectConsent(challenge);
  } else {
    return seeOther(page);
  }
  if (decision.kind === 'redirect') return leave(decision.to);
  if (decision.kind === 'unavailable') return seeOther(unavailableFrom(page));
  return seeOther(page);
}

/** To Hydra and on to the app, by a plain navigation (see lib/navigation.ts). */
async function leave(to: string): Promise<Response> {
  const { locale, dir, t } = await getI18n();
  return navigationHop(to, { lang: locale, dir, continueLabel: t('oauth2.continue') });
}
