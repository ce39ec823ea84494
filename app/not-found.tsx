import { AuthShell } from '@/components/layout/auth-shell';
import { ErrorCard } from '@/components/layout/error-card';
import { useI18n } from '@/lib/i18n';

export default function NotFound() {
  useI18n();
  return (
    <AuthShell>
      <ErrorCard copy={{ title: 'error.not-found.title', body: 'error.not-found.body' }} />
    </AuthShell>
  );
}
