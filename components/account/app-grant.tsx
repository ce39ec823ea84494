import { scopeText } from '@/components/oauth2/consent-screen';
import { Button } from '@/components/ui/button';
import { LocalTime } from '@/components/ui/local-time';
import { CSRF_FIELD } from '@/lib/csrf';
import type { GrantView } from '@/lib/hydra/types';
import { useI18n } from '@/lib/i18n';

/** One app that holds access: its name and logo, what it may see, when, and "Remove access". */
export function AppGrant({
  grant,
  csrfToken,
  locale,
}: {
  grant: GrantView;
  csrfToken: string | undefined;
  locale: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = `app-${grant.app.id}`;
  return (
    <li
      className="rounded-brand border border-border p-4"
      data-testid="app-grant"
      data-client-id={grant.app.id}
    >
      <div className="mb-2 flex items-center gap-3">
        {grant.app.logoUri ? (
          // eslint-disable-next-line @next/next/no-img-element -- the client's registered logo
          <img src={grant.app.logoUri} alt="" width={32} height={32} className="rounded" />
        ) : null}
        <h2 id={headingId} className="text-base font-semibold">
          {grant.app.name}
        </h2>
      </div>
      <p className="text-sm text-muted">{t('apps.may-see')}</p>
      <ul className="mb-2 list-disc ps-5 text-sm" data-testid="app-scopes">
        {grant.scopes.map((scope) => (
          <li key={scope} data-scope={scope}>
            {scopeText(i18n, scope).title}
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">
        {grant.grantedAt ? (
          <>
            {t('apps.granted-at')} <LocalTime iso={grant.grantedAt} locale={locale} />.{' '}
          </>
        ) : null}
        <span data-remembered={grant.remembered}>
          {grant.remembered ? t('apps.remembered') : t('apps.not-remembered')}
        </span>
      </p>
      <form method="post" action="/apps/revoke" className="mt-3">
        <input type="hidden" name={CSRF_FIELD} value={csrfToken ?? ''} />
        <input type="hidden" name="client_id" value={grant.app.id} />
        <Button variant="secondary" aria-describedby={headingId} data-testid="revoke-app">
          {t('apps.remove')}
        </Button>
      </form>
    </li>
  );
}
