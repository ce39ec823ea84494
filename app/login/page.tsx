import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthShell } from '@/components/layout/auth-shell';
import { PageTitle } from '@/components/layout/page-title';
import { FlowForm } from '@/components/flow/flow-form';
import { Card } from '@/components/ui/card';
import { Alert } from '@/components/ui/alert';
import { SecondFactorScreen } from '@/components/second-factor/second-factor-screen';
import { awaitsEmailCode, EmailCodeScreen } from '@/components/second-factor/email-code-screen';
import { isDeadEndError } from '@/lib/second-factor/pick-message';
import { REMEMBERED_FACTOR_COOKIE } from '@/lib/second-factor/remember';
import { AppBanner } from '@/components/oauth2/app-banner';
import { flowLinks } from '@/lib/kratos/links';
import { identifierFirstAccount } from '@/lib/kratos/login-style';
import { asNotice } from '@/lib/kratos/types';
import { t } from '@/lib/i18n';
import { loadSession, restartUrl } from '@/lib/kratos';
import { cspNonce } from '@/lib/nonce';
import { withFlow, type SearchParams } from '@/components/pages/flow-page';
import { TextLink } from '@/components/ui/text-link';

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const notice = asNotice(query.notice);
  const nonce = await cspNonce();
  return (
    <AuthShell>
      {await withFlow('login', searchParams, async (flow) => {
        const deadEnd = flow.messages.find(isDeadEndError);
        if (deadEnd) {
          // Attempts used up, or an expired flow replaced by one that lost aal2: start a fresh one.
          const params = { ...flow.restartParams };
          if (flow.requestedAal !== 'aal2') {
            const session = await loadSession();
            if (session.kind === 'redirect') params.aal = 'aal2';
          }
          redirect(restartUrl('login', params, deadEnd.id === 4010001 ? 'expired' : 'attempts'));
        }
        if (flow.requestedAal === 'aal2') {
          const remembered = (await cookies()).get(REMEMBERED_FACTOR_COOKIE)?.value;
          return (
            <SecondFactorScreen
              flow={flow}
              notice={notice}
              nonce={nonce}
              requested={typeof query.method === 'string' ? query.method : undefined}
              remembered={remembered}
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
            {flow.oauth2 ? (
              <AppBanner
                app={flow.oauth2.app}
                title={t('oauth2.login.title', { app: flow.oauth2.app.name })}
              />
            ) : null}
            <PageTitle title={flow.refresh ? t('login.refresh.title') : t('login.title')} />
            {account ? (
              <p className="-mt-2 mb-4 text-sm text-muted" data-testid="identifier-first-account">
                {t('login.identifier-first.signing-in-as', { account })}{' '}
                <TextLink href={restartUrl('login', flow.restartParams)} data-testid="not-you">
                  {t('login.identifier-first.not-you')}
                </TextLink>
              </p>
            ) : null}
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
      })}
    </AuthShell>
  );
}
