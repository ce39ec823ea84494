import { AuthShell } from '@/components/layout/auth-shell';
import { Card } from '@/components/ui/card';
import { PageTitle } from '@/components/layout/page-title';
import { t } from '@/lib/i18n';

export default function UnavailablePage() {
  return (
    <AuthShell>
      <Card>
        <PageTitle title={t('error.unavailable.title')} />
        <p role="alert" className="text-sm">
          {t('error.unavailable.body')}
        </p>
        <p className="mt-6">
          <a href="/" className="text-primary underline">
            {t('error.try-again')}
          </a>
        </p>
      </Card>
    </AuthShell>
  );
}
