import { redirect } from 'next/navigation';
import { AuthShell } from '@/components/layout/auth-shell';
import { ErrorCard } from '@/components/layout/error-card';
import { loadFlowError } from '@/lib/kratos';
import type { SearchParams } from '@/lib/pages/flow-page';

export default async function ErrorPage({ searchParams }: { searchParams: SearchParams }) {
  const { id } = await searchParams;
  const outcome = await loadFlowError(typeof id === 'string' ? id : undefined);
  if (outcome.kind === 'unavailable') redirect('/unavailable');
  return (
    <AuthShell>
      <ErrorCard error={outcome.kind === 'error' ? outcome.error : undefined} />
    </AuthShell>
  );
}
