import { redirect } from 'next/navigation';
import { ConsentScreen } from '@/components/oauth2/consent-screen';
import { OAuth2ErrorCard } from '@/components/oauth2/oauth2-error-card';
import { UnusableChallenge } from '@/components/oauth2/unusable-challenge';
import { decideConsent, mayDecide } from '@/lib/consent/decision';
import { loadConsentRequest } from '@/lib/hydra';
import { env } from '@/lib/env';
import { loadSession, secondFactorFirst } from '@/lib/kratos';
import { consentPurpose, formToken, unavailableFrom } from '@/lib/own-forms';
import type { SearchParams } from '@/app/_flow/with-flow';
import { readNotice } from '@/lib/notices';

// Hydra sends the browser here with a consent_challenge after every sign-in for an app.
export default async function ConsentPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const challenge = typeof query.consent_challenge === 'string' ? query.consent_challenge : '';
  const [outcome, session] = await Promise.all([loadConsentRequest(challenge), loadSession()]);
  const here = `/consent?${new URLSearchParams({ consent_challenge: challenge })}`;
  if (session.kind === 'unavailable') redirect(unavailableFrom(here));
  if (outcome.kind !== 'request') return <UnusableChallenge outcome={outcome} here={here} />;
  const request = outcome.request;
  if (session.kind === 'second-factor-owed') {
    // E.g. right after creating the account: the 2FA screen first, then back here.
    redirect(secondFactorFirst(`${env().UI_URL}${here}`));
  }
  if (session.kind !== 'session') {
    return <OAuth2ErrorCard problem="signed-out" />;
  }
  if (!mayDecide(request, session.session)) {
    return <OAuth2ErrorCard problem="other-user" />;
  }
  if (request.skip || request.app.skipConsent) {
    // Remembered (or a first-party app): Hydra still asks every time, and we answer at once.
    const decision = await decideConsent(request, session.session, {
      allow: true,
      remember: false,
    });
    if (decision.kind === 'redirect') redirect(decision.to);
    if (decision.kind === 'unavailable') redirect(unavailableFrom(here));
    return <OAuth2ErrorCard problem="invalid" />;
  }
  const notice = readNotice('ownForm', query.notice);
  return (
    <ConsentScreen
      request={request}
      account={
        typeof session.session.identity.traits.email === 'string'
          ? session.session.identity.traits.email
          : undefined
      }
      csrfToken={(await formToken(consentPurpose(challenge))) ?? ''}
      notice={notice}
    />
  );
}
