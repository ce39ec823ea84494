import { PageTitle } from '@/components/layout/page-title';
import { FlowForm } from '@/components/flow/flow-form';
import { FlowAppBanner } from '@/components/oauth2/app-banner';
import { EmailCodeScreen } from '@/components/second-factor/email-code-screen';
import { RestartNotice } from '@/components/layout/restart-notice';
import { Card } from '@/components/ui/card';
import { registeringAs, registrationStep } from '@/lib/kratos/registration-step';
import { flowLinks } from '@/lib/kratos/links';
import { awaitsEmailCode } from '@/lib/factors/factors';
import { getI18n } from '@/lib/i18n';
import { withFlow, type SearchParams } from '@/app/_flow/with-flow';
import { TextLink } from '@/components/ui/text-link';

export default async function RegistrationPage({ searchParams }: { searchParams: SearchParams }) {
  const { t } = await getI18n();
  return withFlow('registration', searchParams, (flow, { notice }) => {
    // Registration by email code (code.passwordless_enabled).
    if (awaitsEmailCode(flow)) {
      return <EmailCodeScreen flow={flow} notice={notice} account={registeringAs(flow)} />;
    }
    const step = registrationStep(flow);
    const account = step === 'credentials' ? registeringAs(flow) : undefined;
    return (
      <Card>
        <div data-testid="registration" data-step={step}>
          <FlowAppBanner flow={flow} />
          <PageTitle
            title={t('registration.title')}
            subtitle={account ? t('registration.signing-up-as', { account }) : undefined}
          />
          <RestartNotice notice={notice} />
          <FlowForm flow={flow} />
          <p className="mt-6 text-center text-sm">
            {t('registration.have-account')}{' '}
            <TextLink href={flowLinks(flow).login}>{t('nav.sign-in')}</TextLink>
          </p>
        </div>
      </Card>
    );
  });
}
