import { PageTitle } from '@/components/layout/page-title';
import { FlowForm } from '@/components/flow/flow-form';
import { registeringAs, registrationStep } from '@/lib/kratos/registration-step';
import { AppBanner } from '@/components/oauth2/app-banner';
import { Card } from '@/components/ui/card';
import { flowLinks } from '@/lib/kratos/links';
import { getI18n } from '@/lib/i18n';
import { withFlow, type SearchParams } from '@/components/pages/flow-page';
import { TextLink } from '@/components/ui/text-link';

export default async function RegistrationPage({ searchParams }: { searchParams: SearchParams }) {
  const { t } = await getI18n();
  return withFlow('registration', searchParams, (flow, { nonce }) => {
    const step = registrationStep(flow);
    const account = step === 'credentials' ? registeringAs(flow) : undefined;
    return (
      <Card>
        <div data-testid="registration" data-step={step}>
          {flow.oauth2 ? (
            <AppBanner
              app={flow.oauth2.app}
              title={t('oauth2.login.title', { app: flow.oauth2.app.name })}
            />
          ) : null}
          <PageTitle
            title={t('registration.title')}
            subtitle={account ? t('registration.signing-up-as', { account }) : undefined}
          />
          <FlowForm flow={flow} nonce={nonce} />
          <p className="mt-6 text-center text-sm">
            {t('registration.have-account')}{' '}
            <TextLink href={flowLinks(flow).login}>{t('nav.sign-in')}</TextLink>
          </p>
        </div>
      </Card>
    );
  });
}
