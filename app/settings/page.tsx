import { AuthShell } from '@/components/layout/auth-shell';
import { PageTitle } from '@/components/layout/page-title';
import { FlowForm } from '@/components/flow/flow-form';
import { Card } from '@/components/ui/card';
import { SignOutForm } from '@/components/session/sign-out-form';
import { t } from '@/lib/i18n';
import { cspNonce } from '@/lib/nonce';
import { withFlow, type SearchParams } from '@/lib/pages/flow-page';

export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const nonce = await cspNonce();
  return (
    <AuthShell>
      {await withFlow('settings', searchParams, (flow) => (
        <Card>
          <PageTitle title={t('settings.title')} />
          <FlowForm flow={flow} nonce={nonce} />
          <div className="mt-6 flex justify-between text-sm">
            <a href="/" className="text-primary underline">
              {t('nav.back-home')}
            </a>
            <SignOutForm />
          </div>
        </Card>
      ))}
    </AuthShell>
  );
}
