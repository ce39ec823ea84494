import { PageTitle } from '@/components/layout/page-title';
import { FlowForm } from '@/components/flow/flow-form';
import { Card } from '@/components/ui/card';
import { Alert } from '@/components/ui/alert';
import { SecondFactorScreen } from '@/components/second-factor/second-factor-screen';
import { AppBanner } from '@/components/oauth2/app-banner';
import { flowLinks } from '@/lib/kratos/links';
import { getI18n } from '@/lib/i18n';
import { withFlow, type SearchParams } from '@/components/pages/flow-page';
import { TextLink } from '@/components/ui/text-link';

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { t } = await getI18n();
  return withFlow('login', searchParams, (flow, { nonce, notice }) => {
    if (flow.requestedAal === 'aal2') {
      return <SecondFactorScreen flow={flow} notice={notice} nonce={nonce} />;
    }
    const links = flowLinks(flow);
    return (
      <Card>
        {flow.oauth2 ? (
          <AppBanner
            app={flow.oauth2.app}
            title={t('oauth2.login.title', { app: flow.oauth2.app.name })}
          />
        ) : null}
        <PageTitle title={flow.refresh ? t('login.refresh.title') : t('login.title')} />
        {notice ? (
          <div className="mb-4">
            <Alert tone="info">{t(`notice.${notice}`)}</Alert>
          </div>
        ) : null}
        <FlowForm flow={flow} nonce={nonce} />
        <div className="mt-6 flex flex-col gap-2 text-center text-sm">
          <TextLink href={links.recovery}>{t('login.forgot')}</TextLink>
          <p>
            {t('login.no-account')}{' '}
            <TextLink href={links.registration}>{t('nav.sign-up')}</TextLink>
          </p>
        </div>
      </Card>
    );
  });
}
