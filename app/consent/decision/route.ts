import { getI18n } from '@/lib/i18n';
import { decideConsent, mayDecide } from '@/lib/consent/decision';
import { loadConsentRequest } from '@/lib/hydra';
import { loadSession } from '@/lib/kratos';
import { readOwnForm, seeOther } from '@/lib/own-forms';
import { navigationHop } from '@/lib/navigation';
import { consentPurpose, unavailableFrom } from '@/lib/own-forms';
import { withNotice } from '@/lib/notices';

// The consent form's POST: Allow or Deny, checked against this browser's CSRF secret and the
// signed-in user, then sent on to Hydra, whose answer the browser follows by a plain navigation.
export async function POST(request: Request) {
  const { field, trusted } = await readOwnForm(request);
  const challenge = field('consent_challenge');
  const page = `/consent?${new URLSearchParams({ consent_challenge: challenge })}`;
  if (!(await trusted(consentPurpose(challenge)))) {
    // Nothing is decided; the page shows why and offers the same choice again.
    return seeOther(withNotice(page, 'ownForm', 'csrf'));
  }
  const [outcome, session] = await Promise.all([loadConsentRequest(challenge), loadSession()]);
  if (outcome.kind === 'unavailable' || session.kind === 'unavailable') {
    return seeOther(unavailableFrom(page));
  }
  if (outcome.kind === 'handled') return leave(outcome.redirectTo);
  if (
    outcome.kind !== 'request' ||
    session.kind !== 'session' ||
    !mayDecide(outcome.request, session.session)
  ) {
    // The page explains (unknown challenge, another user, signed out).
    return seeOther(page);
  }
  const choice = field('decision');
  if (choice !== 'allow' && choice !== 'deny') return seeOther(page);
  const decision = await decideConsent(
    outcome.request,
    session.session,
    choice === 'allow' ? { allow: true, remember: field('remember') === 'true' } : { allow: false },
  );
  if (decision.kind === 'redirect') return leave(decision.to);
  if (decision.kind === 'unavailable') return seeOther(unavailableFrom(page));
  return seeOther(page);
}

/** To Hydra and on to the app, by a plain navigation (see lib/navigation.ts). */
async function leave(to: string): Promise<Response> {
  const { locale, dir, t } = await getI18n();
  return navigationHop(to, { lang: locale, dir, continueLabel: t('oauth2.continue') });
}
