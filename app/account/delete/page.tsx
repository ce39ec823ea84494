import { notFound, redirect } from 'next/navigation';
import { PageTitle } from '@/components/layout/page-title';
import { Alert } from '@/components/ui/alert';
import { DangerButton } from '@/components/account/danger-button';
import { Card } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/checkbox';
import { TextLink } from '@/components/ui/text-link';
import {
  accountDeletionEnabled,
  accountSession,
  deletionNeedsSignIn,
  reauthenticate,
} from '@/lib/account';
import { CONFIRM_FIELD, CONFIRM_VALUE, DELETE_CSRF_PURPOSE } from '@/lib/account/delete';
import { CSRF_FIELD } from '@/lib/csrf';
import { env } from '@/lib/env';
import { hydraEnabled } from '@/lib/hydra';
import { getI18n } from '@/lib/i18n';
import { readNotice } from '@/lib/notices';
import { formToken, unavailableFrom } from '@/lib/own-forms';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Says what deleting the account deletes, then asks for an explicit confirmation (POST
// ./confirm, our own CSRF token). A sign-in older than Kratos's privileged-session age signs in
// again first and comes back here. Only where Kratos's admin API is configured.
export default async function DeleteAccountPage({ searchParams }: { searchParams: SearchParams }) {
  if (!accountDeletionEnabled()) notFound();
  const [account, { t }, query, csrfToken] = await Promise.all([
    accountSession('/account/delete'),
    getI18n(),
    searchParams,
    formToken(DELETE_CSRF_PURPOSE),
  ]);
  if (account.kind === 'unavailable') redirect(unavailableFrom('/account/delete'));
  if (account.kind === 'redirect') redirect(account.to);
  const { session } = account;
  if (deletionNeedsSignIn(session)) redirect(reauthenticate(`${env().UI_URL}/account/delete`));
  const notice = readNotice('deleteAccount', query.notice);
  const addresses = session.identity.addresses.map((a) => a.value).join(', ');
  return (
    <Card>
      <div data-testid="delete-account">
        <PageTitle title={t('account.delete.title')} />
        {notice ? (
          <div className="mb-4" data-testid="delete-notice" data-notice={notice}>
            <Alert tone="error">{t(`account.delete.notice.${notice}`)}</Alert>
          </div>
        ) : null}
        <p className="mb-2 text-sm">{t('account.delete.what')}</p>
        <ul className="mb-4 list-disc ps-5 text-sm">
          <li>{t('account.delete.item.profile', { addresses })}</li>
          <li>{t('account.delete.item.methods')}</li>
          <li>{t('account.delete.item.sessions')}</li>
          {hydraEnabled() ? <li>{t('account.delete.item.apps')}</li> : null}
        </ul>
        <p className="mb-4 text-sm font-medium">{t('account.delete.irreversible')}</p>
        <form method="post" action="/account/delete/confirm" className="flex flex-col gap-4">
          <input type="hidden" name={CSRF_FIELD} value={csrfToken ?? ''} />
          <Checkbox
            name={CONFIRM_FIELD}
            value={CONFIRM_VALUE}
            required
            label={t('account.delete.confirm')}
          />
          <DangerButton data-testid="confirm-delete">{t('account.delete.submit')}</DangerButton>
        </form>
        <p className="mt-6 text-sm">
          <TextLink href="/settings">{t('account.delete.cancel')}</TextLink>
        </p>
      </div>
    </Card>
  );
}
