import { PageTitle } from '@/components/layout/page-title';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CSRF_FIELD } from '@/lib/csrf';
import { t } from '@/lib/i18n';
import type { LogoutView } from '@/lib/hydra/types';
import { AppBanner } from './app-banner';

export function LogoutScreen({
  request,
  csrfToken,
  notice,
}: {
  request: LogoutView;
  csrfToken: string;
  notice?: 'csrf';
}) {
  const app = request.app;
  return (
    <Card>
      <div data-testid="oauth2-logout">
        {app ? <AppBanner app={app} title={app.name} /> : null}
        <PageTitle
          title={app ? t('oauth2.logout.title', { app: app.name }) : t('oauth2.logout.title-any')}
          subtitle={app ? t('oauth2.logout.body', { app: app.name }) : t('oauth2.logout.body-any')}
        />
        {notice ? (
          <div className="mb-4">
            <Alert tone="error">{t('notice.csrf')}</Alert>
          </div>
        ) : null}
        <form method="post" action="/logout" className="flex flex-col gap-2 sm:flex-row">
          <input type="hidden" name="logout_challenge" value={request.challenge} />
          <input type="hidden" name={CSRF_FIELD} value={csrfToken} />
          <Button name="decision" value="confirm">
            {t('oauth2.logout.confirm')}
          </Button>
          <Button name="decision" value="cancel" variant="secondary">
            {t('oauth2.logout.cancel')}
          </Button>
        </form>
      </div>
    </Card>
  );
}
