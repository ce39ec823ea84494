import { PageTitle } from '@/components/layout/page-title';
import { ButtonLink } from '@/components/ui/button-link';
import { Card } from '@/components/ui/card';
import { getI18n } from '@/lib/i18n';

// The goodbye page after the account was deleted (and after a second submit of the form).
export default async function AccountDeletedPage() {
  const { t } = await getI18n();
  return (
    <Card>
      <div data-testid="account-deleted">
        <PageTitle title={t('account.deleted.title')} subtitle={t('account.deleted.text')} />
        <ButtonLink href="/registration" variant="secondary">
          {t('nav.sign-up')}
        </ButtonLink>
      </div>
    </Card>
  );
}
