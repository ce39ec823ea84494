import { redirect } from 'next/navigation';
import { PageTitle } from '@/components/layout/page-title';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { SignOutForm } from '@/components/session/sign-out-form';
import { getI18n } from '@/lib/i18n';
import { loadSession, secondFactorFirst } from '@/lib/kratos';
import type { SearchParams } from '@/app/_flow/with-flow';
import { TextLink } from '@/components/ui/text-link';
import { readNotice } from '@/lib/notices';
import { loadOverview } from '@/lib/account';
import { OverviewSections } from '@/components/account/overview';

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const [outcome, { t, locale }, query] = await Promise.all([
    loadSession(),
    getI18n(),
    searchParams,
  ]);
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
  const overview = await loadOverview(session);
  return (
    <Card>
      <PageTitle
        title={overview.name ? t('account.hello', { name: overview.name }) : t('home.title')}
      />
      {readNotice('home', query.notice) === 'logout-cancelled' ? (
        <div className="mb-4">
          <Alert tone="success">{t('oauth2.logout.cancelled')}</Alert>
        </div>
      ) : null}
      {/* What QA reads: the session's assurance level and methods, never shown as jargon. */}
      <div data-testid="session" data-aal={session.aal} data-methods={session.methods.join(',')}>
        <OverviewSections overview={overview} locale={locale} />
      </div>
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
