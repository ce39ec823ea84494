import { cookies } from 'next/headers';
import { PageTitle } from '@/components/layout/page-title';
import { FlowForm } from '@/components/flow/flow-form';
import { Card } from '@/components/ui/card';
import { RestartNotice } from '@/components/layout/restart-notice';
import { SecondFactorScreen } from '@/components/second-factor/second-factor-screen';
import { EmailCodeScreen } from '@/components/second-factor/email-code-screen';
import { FlowAppBanner } from '@/components/oauth2/app-banner';
import { awaitsEmailCode } from '@/lib/factors/factors';
import { REMEMBERED_FACTOR_COOKIE } from '@/lib/factors/remember';
import { flowLinks } from '@/lib/kratos/links';
import { identifierFirstAccount } from '@/lib/kratos/login-style';
import { getI18n } from '@/lib/i18n';
import { restartUrl } from '@/lib/kratos';
import { withFlow, type SearchParams } from '@/app/_flow/with-flow';
import { TextLink } from '@/components/ui/text-link';

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ t }, query] = await Promise.all([getI18n(), searchParams]);
  return withFlow('login', searchParams, async (flow, { notice }) => {
    if (flow.requestedAal === 'aal2') {
      return (
        <SecondFactorScreen
          flow={flow}
          notice={notice}
          requested={typeof query.method === 'string' ? query.method : undefined}
          remembered={(await cookies()).get(REMEMBERED_FACTOR_COOKIE)?.value}
        />
      );
    }
    // Passwordless email code (code.passwordless_enabled): the code screen.
    if (awaitsEmailCode(flow)) return <EmailCodeScreen flow={flow} notice={notice} />;
    const links = flowLinks(flow);
    // Identifier-first login, second step: whose methods these are, and a way back.
    const account = identifierFirstAccount(flow);
    return (
      <Card>
        <FlowAppBanner flow={flow} />
        <PageTitle title={flow.refresh ? t('login.refresh.title') : t('login.title')} />
        {account ? (
          <p className="-mt-2 mb-4 text-sm text-muted" data-testid="identifier-first-account">
            {t('login.identifier-first.signing-in-as', { account })}{' '}
            <TextLink href={restartUrl('login', flow.restartParams)} data-testid="not-you">
              {t('login.identifier-first.not-you')}
            </TextLink>
          </p>
        ) : null}
        <RestartNotice notice={notice} />
        <FlowForm flow={flow} />
        <div className="card-links">
          <TextLink href={links.recovery}>{t('login.forgot')}</TextLink>
          <p>
            {`${t('login.no-account')} `}
            <TextLink href={links.registration}>{t('nav.sign-up')}</TextLink>
          </p>
        </div>
      </Card>
    );
  });
}
