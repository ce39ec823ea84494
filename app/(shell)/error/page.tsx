import { redirect } from 'next/navigation';
import { AppErrorCard } from '@/components/oauth2/app-error-card';
import { OAuth2ErrorCard } from '@/components/oauth2/oauth2-error-card';
import { loadFlowError, loadSession, restartUrl } from '@/lib/kratos';
import type { SearchParams } from '@/components/pages/flow-page';
import { ErrorCard } from '@/components/layout/error-card';

// Errors a user can recover from by simply signing in again: don't show them, start over.
const RESTART_LOGIN: Record<string, string | undefined> = {
  session_aal1_required: 'missing',
  session_inactive: 'missing',
  security_csrf_violation: 'csrf',
  self_service_flow_expired: 'expired',
};

const ERROR_ID = /^[0-9a-f-]{36}$/i;

export default async function ErrorPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const { id } = query;
  // Hydra's errors come as OAuth2 error codes (?error=&error_description=), Kratos's by id.
  if (query.error === 'invalid_challenge' && !id) {
    // Our own: /start/login found that Hydra does not know the app's login challenge.
    return <OAuth2ErrorCard problem="invalid" />;
  }
  if (typeof query.error === 'string' && /^[a-z_]{1,64}$/.test(query.error) && !id) {
    const description = query.error_description;
    return (
      <AppErrorCard
        error={query.error}
        description={typeof description === 'string' ? description.slice(0, 500) : undefined}
      />
    );
  }
  const outcome = await loadFlowError(typeof id === 'string' ? id : undefined);
  if (outcome.kind === 'unavailable') redirect('/unavailable');
  if (outcome.kind === 'error' && outcome.error.id && outcome.error.id in RESTART_LOGIN) {
    // A session that still owes its second factor goes back to the 2FA screen, not the password.
    const session = await loadSession();
    const params: Record<string, string> =
      session.kind === 'second-factor-owed' ? { aal: 'aal2' } : {};
    redirect(restartUrl('login', params, RESTART_LOGIN[outcome.error.id]));
  }
  const error = outcome.kind === 'error' ? outcome.error : undefined;
  // The error's id in Kratos is what support can look up; it is only shown when Kratos knew it.
  const reference = error && typeof id === 'string' && ERROR_ID.test(id) ? id : undefined;
  return <ErrorCard error={error} reference={reference} />;
}
