import { redirect } from 'next/navigation';
import { AuthShell } from '@/components/layout/auth-shell';
import { ErrorCard } from '@/components/layout/error-card';
import { loadFlowError, loadSession, restartUrl } from '@/lib/kratos';
import type { SearchParams } from '@/lib/pages/flow-page';
import { getI18n } from '@/lib/i18n';

// Errors a user can recover from by simply signing in again: don't show them, start over.
const RESTART_LOGIN: Record<string, string | undefined> = {
  session_aal1_required: 'missing',
  session_inactive: 'missing',
  security_csrf_violation: 'csrf',
  self_service_flow_expired: 'expired',
};

export default async function ErrorPage({ searchParams }: { searchParams: SearchParams }) {
  const { id } = await searchParams;
  const [outcome] = await Promise.all([
    loadFlowError(typeof id === 'string' ? id : undefined),
    getI18n(),
  ]);
  if (outcome.kind === 'unavailable') redirect('/unavailable');
  if (outcome.kind === 'error' && outcome.error.id && outcome.error.id in RESTART_LOGIN) {
    // A session that still owes its second factor goes back to the 2FA screen, not the password.
    const session = await loadSession();
    const params: Record<string, string> = session.kind === 'redirect' ? { aal: 'aal2' } : {};
    redirect(restartUrl('login', params, RESTART_LOGIN[outcome.error.id]));
  }
  return (
    <AuthShell>
      <ErrorCard error={outcome.kind === 'error' ? outcome.error : undefined} />
    </AuthShell>
  );
}
