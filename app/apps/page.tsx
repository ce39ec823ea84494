import { notFound, redirect } from 'next/navigation';
import { AppGrant } from '@/components/account/app-grant';
import { PageTitle } from '@/components/layout/page-title';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextLink } from '@/components/ui/text-link';
import { accountSession } from '@/lib/account';
import { APPS_CSRF_PURPOSE } from '@/lib/account/apps';
import { noticeTone, readNotice } from '@/lib/notices';
import { CSRF_FIELD } from '@/lib/csrf';
import { hydraEnabled, loadGrants } from '@/lib/hydra';
import { getI18n } from '@/lib/i18n';
import { formToken, unavailableFrom } from '@/lib/own-forms';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The apps the user let in through Hydra (OAuth2 / OpenID Connect), each with what it may see,
// when access was granted and whether the choice was remembered; "Remove access" per app and
// for all (POST ./revoke, our own CSRF token). Only where Hydra is configured.
export default async function AppsPage({ searchParams }: { searchParams: SearchParams }) {
  if (!hydraEnabled()) notFound();
  const [account, { t, locale }, query, csrfToken] = await Promise.all([
    accountSession('/apps'),
    getI18n(),
    searchParams,
    formToken(APPS_CSRF_PURPOSE),
  ]);
  if (account.kind === 'unavailable') redirect(unavailableFrom('/apps'));
  if (account.kind === 'redirect') redirect(account.to);
  const page = typeof query.page === 'string' ? query.page : undefined;
  const outcome = await loadGrants(account.session.identity.id, page);
  if (outcome.kind !== 'grants') redirect(unavailableFrom('/apps'));
  const notice = readNotice('apps', query.notice);
  const { grants, nextPage } = outcome;
  return (
    <Card>
      <div data-testid="apps">
        <PageTitle title={t('apps.title')} subtitle={t('apps.subtitle')} />
        {notice ? (
          <div className="mb-4" data-testid="apps-notice" data-notice={notice}>
            <Alert tone={noticeTone(notice)}>{t(`apps.notice.${notice}`)}</Alert>
          </div>
        ) : null}
        {grants.length ? (
          <ul className="flex flex-col gap-3" data-testid="app-grants">
            {grants.map((grant) => (
              <AppGrant key={grant.app.id} grant={grant} csrfToken={csrfToken} locale={locale} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted" data-testid="no-apps">
            {t('apps.none')}
          </p>
        )}
        {nextPage ? (
          <p className="mt-4 text-sm">
            <TextLink href={`/apps?${new URLSearchParams({ page: nextPage })}`} rel="next">
              {t('apps.more')}
            </TextLink>
          </p>
        ) : null}
        {grants.length > 1 || nextPage ? (
          <form method="post" action="/apps/revoke" className="mt-6">
            <input type="hidden" name={CSRF_FIELD} value={csrfToken ?? ''} />
            <input type="hidden" name="scope" value="all" />
            <Button variant="secondary" data-testid="revoke-all-apps">
              {t('apps.remove-all')}
            </Button>
          </form>
        ) : null}
        <div className="mt-6 flex justify-between gap-4 text-sm">
          <TextLink href="/">{t('nav.back-home')}</TextLink>
          <TextLink href="/devices">{t('devices.link')}</TextLink>
        </div>
      </div>
    </Card>
  );
}
