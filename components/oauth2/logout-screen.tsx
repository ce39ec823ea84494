import { PageTitle } from '@/components/layout/page-title';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useI18n } from '@/lib/i18n';
import type { LogoutView } from '@/lib/hydra/types';
import { AppBanner } from './app-banner';
import { DecisionForm } from './decision-form';

export function LogoutScreen({
  request,
  csrfToken,
  notice,
}: {
  request: LogoutView;
  csrfToken: string;
  notice?: 'csrf';
}) {
  const { t } = useI18n();
  const app = request.app;
  return (
    <Card>
      <div data-testid="oauth2-logout">
        {app ? <AppBanner app={app} title={app.name} /> : null}
        <PageTitle
          title={app ? t('oauth2.logout.title', { app: app.name }) : t('oauth2.logout.title-any')}
          subtitle={app ? t('oauth2.logout.body', { app: app.name }) : t('oauth2.logout.body-any')}
        />
        <DecisionForm
          action="/logout"
          challengeField="logout_challenge"
          challenge={request.challenge}
          csrfToken={csrfToken}
          notice={notice}
          className="flex flex-col gap-2 sm:flex-row"
        >
          <Button name="decision" value="confirm">
            {t('oauth2.logout.confirm')}
          </Button>
          <Button name="decision" value="cancel" variant="secondary">
            {t('oauth2.logout.cancel')}
          </Button>
        </DecisionForm>
      </div>
    </Card>
  );
}
