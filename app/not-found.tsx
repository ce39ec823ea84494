import { AuthShell } from '@/components/layout/auth-shell';
import { ErrorCard } from '@/components/layout/error-card';
import { t } from '@/lib/i18n';

export default function NotFound() {
  return (
    <AuthShell>
      <ErrorCard title={t('error.not-found.title')} error={{ status: 404, message: t('error.not-found.body') }} />
    </AuthShell>
  );
}
