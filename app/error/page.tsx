import { redirect } from 'next/navigation';
import { AppErrorCard } from '@/components/oauth2/app-error-card';
import { OAuth2ErrorCard } from '@/components/oauth2/oauth2-error-card';
import { errorPageCause, loadFlowError, loadSession, restart } from '@/lib/kratos';
import type { SearchParams } from '@/app/_flow/with-flow';
import { ErrorCard } from '@/components/layout/error-card';

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
  // Errors a user recovers from by simply signing in again: not shown, the sign-in starts over
  // (back to the 2FA screen for a session that still owes its second factor).
  const cause = outcome.kind === 'error' ? errorPageCause(outcome.error.id) : undefined;
  if (cause) {
    const owed = (await loadSession()).kind === 'second-factor-owed';
    redirect(restart(cause, 'login', {}, owed).to);
  }
  const error = outcome.kind === 'error' ? outcome.error : undefined;
  // The error's id in Kratos is what support can look up; it is only shown when Kratos knew it.
  const reference = error && typeof id === 'string' && ERROR_ID.test(id) ? id : undefined;
  return <ErrorCard error={error} reference={reference} />;
}
