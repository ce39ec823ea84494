import { redirect } from 'next/navigation';
import { AuthShell } from '@/components/layout/auth-shell';
import { Alert } from '@/components/ui/alert';
import { awaitsEmailCode, EmailCodeScreen } from '@/components/second-factor/email-code-screen';
import { restartUrl } from '@/lib/kratos';
import { asNotice } from '@/lib/kratos/types';
import { isDeadEndError } from '@/lib/second-factor/pick-message';
import { PageTitle } from '@/components/layout/page-title';
import { FlowForm } from '@/components/flow/flow-form';
import { registeringAs, registrationStep } from '@/lib/kratos/registration-step';
import { AppBanner } from '@/components/oauth2/app-banner';
import { Card } from '@/components/ui/card';
import { flowLinks } from '@/lib/kratos/links';
import { t } from '@/lib/i18n';
import { cspNonce } from '@/lib/nonce';
import { withFlow, type SearchParams } from '@/components/pages/flow-page';
import { TextLink } from '@/components/ui/text-link';

export default async function RegistrationPage({ searchParams }: { searchParams: SearchParams }) {
  const nonce = await cspNonce();
  const notice = asNotice((await searchParams).notice);
  return (
    <AuthShell>
      {await withFlow('registration', searchParams, (flow) => {
        // Registration by email code: attempts used up or the flow expired, so start a fresh one.
        const deadEnd = flow.messages.find(isDeadEndError);
        if (deadEnd) {
          redirect(
            restartUrl(
              'registration',
              flow.restartParams,
              deadEnd.id === 4010001 ? 'expired' : 'attempts',
            ),
          );
        }
        if (awaitsEmailCode(flow)) {
          return <EmailCodeScreen flow={flow} notice={notice} account={registeringAs(flow)} />;
        }
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
              {notice ? (
                <div className="mb-4">
                  <Alert tone="info">{t(`notice.${notice}`)}</Alert>
                </div>
              ) : null}
              <FlowForm flow={flow} nonce={nonce} />
              <p className="mt-6 text-center text-sm">
                {t('registration.have-account')}{' '}
                <TextLink href={flowLinks(flow).login}>{t('nav.sign-in')}</TextLink>
              </p>
            </div>
          </Card>
        );
      })}
    </AuthShell>
  );
}
