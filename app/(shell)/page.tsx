import { redirect } from 'next/navigation';
import { PageTitle } from '@/components/layout/page-title';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { SignOutForm } from '@/components/session/sign-out-form';
import { getI18n } from '@/lib/i18n';
import { loadSession, secondFactorFirst } from '@/lib/kratos';
import type { SearchParams } from '@/app/(shell)/_flow/with-flow';
import { TextLink } from '@/components/ui/text-link';
import { readNotice } from '@/lib/notices';

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const [outcome, { t }, query] = await Promise.all([loadSession(), getI18n(), searchParams]);
  if (outcome.kind === 'second-factor-owed') redirect(secondFactorFirst());
  if (outcome.kind === 'unavailable') redirect('/unavailable');
  if (outcome.kind === 'anonymous') {
    return (
      <Card>
        <PageTitle title={t('home.title')} subtitle={t('home.signed-out')} />
        <div className="flex flex-col gap-3">
          <ButtonLink href="/login">{t('nav.sign-in')}</ButtonLink>
          <ButtonLink href="/registration" variant="secondary">
            {t('nav.sign-up')}
          </ButtonLink>
        </div>
      </Card>
    );
  }
  const { session } = outcome;
  return (
    <Card>
      <PageTitle title={t('home.title')} />
      {readNotice('home', query.notice) === 'logout-cancelled' ? (
        <div className="mb-4">
          <Alert tone="success">{t('oauth2.logout.cancelled')}</Alert>
        </div>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm" data-testid="session">
        <dt className="font-medium">{t('home.traits')}</dt>
        <dd data-testid="session-traits">
          <pre className="whitespace-pre-wrap break-all">
            {JSON.stringify(session.identity.traits, null, 2)}
          </pre>
        </dd>
        <dt className="font-medium">{t('home.aal')}</dt>
        <dd data-testid="session-aal">{session.aal}</dd>
        <dt className="font-medium">{t('home.methods')}</dt>
        <dd data-testid="session-methods">{session.methods.join(', ')}</dd>
        {session.expiresAt ? (
          <>
            <dt className="font-medium">{t('home.expires')}</dt>
            <dd>
              <time dateTime={session.expiresAt}>{new Date(session.expiresAt).toUTCString()}</time>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="mt-6 flex items-center justify-between text-sm">
        <span className="flex flex-wrap gap-4">
          <TextLink href="/settings">{t('home.settings')}</TextLink>
          <TextLink href="/devices">{t('devices.link')}</TextLink>
        </span>
        <SignOutForm />
      </div>
    </Card>
  );
}
