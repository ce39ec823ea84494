import { AuthShell } from '@/components/layout/auth-shell';
import { ErrorCard } from '@/components/layout/error-card';
import { t, useI18n } from '@/lib/i18n';

export default function NotFound() {
  useI18n();
  return (
    <AuthShell>
      <ErrorCard
        title={t('error.not-found.title')}
        error={{ status: 404, message: t('error.not-found.body') }}
      />
    </AuthShell>
  );
}
