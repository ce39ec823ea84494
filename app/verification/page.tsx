import { AuthShell } from '@/components/layout/auth-shell';
import { PageTitle } from '@/components/layout/page-title';
import { FlowForm } from '@/components/flow/flow-form';
import { Card } from '@/components/ui/card';
import { t } from '@/lib/i18n';
import { cspNonce } from '@/lib/nonce';
import { withFlow, type SearchParams } from '@/lib/pages/flow-page';

export default async function Page({ searchParams }: { searchParams: SearchParams }) {
  const nonce = await cspNonce();
  return (
    <AuthShell>
      {await withFlow('verification', searchParams, (flow) => (
        <Card>
          <PageTitle title={t('verification.title')} />
          <FlowForm flow={flow} nonce={nonce} />
          <p className="mt-6 text-center text-sm">
            <a href="/" className="text-primary underline">
              {t('nav.back-home')}
            </a>
          </p>
        </Card>
      ))}
    </AuthShell>
  );
}
