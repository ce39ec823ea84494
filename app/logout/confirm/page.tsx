import { redirect } from 'next/navigation';
import { LogoutScreen } from '@/components/oauth2/logout-screen';
import { OAuth2ErrorCard } from '@/components/oauth2/oauth2-error-card';
import { UnusableChallenge } from '@/components/oauth2/unusable-challenge';
import { acceptLogout, loadLogoutRequest } from '@/lib/hydra';
import { createLogoutUrl } from '@/lib/kratos';
import { formToken, logoutPurpose, unavailableFrom } from '@/lib/own-forms';
import type { SearchParams } from '@/app/_flow/with-flow';
import { readNotice } from '@/lib/notices';

// "Sign out of <app>?" for Hydra's logout_challenge (GET /logout sends the browser here).
export default async function LogoutConfirmPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const challenge = typeof query.logout_challenge === 'string' ? query.logout_challenge : '';
  const outcome = await loadLogoutRequest(challenge);
  const here = `/logout/confirm?${new URLSearchParams({ logout_challenge: challenge })}`;
  if (outcome.kind !== 'request') return <UnusableChallenge outcome={outcome} here={here} />;
  if (outcome.request.app?.skipLogoutConsent) {
    // The app asked not to be asked: sign out at once, as if the user had said yes.
    const decision = await acceptLogout(challenge);
    if (decision.kind === 'redirect') redirect((await createLogoutUrl(decision.to)) ?? decision.to);
    if (decision.kind === 'unavailable') redirect(unavailableFrom(here));
    return <OAuth2ErrorCard problem="invalid" />;
  }
  const token = (await formToken(logoutPurpose(challenge))) ?? '';
  return (
    <LogoutScreen
      request={outcome.request}
      csrfToken={token}
      notice={readNotice('ownForm', query.notice)}
    />
  );
}
