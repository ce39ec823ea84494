import { PageTitle } from '@/components/layout/page-title';
import { Card } from '@/components/ui/card';
import { useI18n } from '@/lib/i18n';
import { TextLink } from '@/components/ui/text-link';

/**
 * Hydra's error page (urls.error): an app sent a request Hydra refused, e.g. a redirect URI it
 * never registered. Hydra's words are English and technical, so they sit under "Details".
 */
export function AppErrorCard({ error, description }: { error: string; description?: string }) {
  const { t } = useI18n();
  return (
    <Card>
      <div data-testid="oauth2-app-error" data-error={error}>
        <PageTitle title={t('oauth2.error.app')} />
        <div role="alert" className="flex flex-col gap-2 text-sm">
          <p>{t('oauth2.error.app-generic')}</p>
          <details className="text-muted">
            <summary className="cursor-pointer">{t('error.details')}</summary>
            <p className="mt-1 break-words">
              <code>{error}</code>
              {description ? `: ${description}` : null}
            </p>
          </details>
        </div>
        <div className="mt-6 text-sm">
          <TextLink href="/">{t('nav.back-home')}</TextLink>
        </div>
      </div>
    </Card>
  );
}
