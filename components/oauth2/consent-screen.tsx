import { PageTitle } from '@/components/layout/page-title';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/checkbox';
import { useI18n, type I18n } from '@/lib/i18n';
import type { ConsentView } from '@/lib/hydra/types';
import { AppBanner } from './app-banner';
import { DecisionForm } from './decision-form';
import { TextLink } from '@/components/ui/text-link';

/** A requested scope in plain words: Ory's catalog names the standard ones in 83 languages. */
export function scopeText(
  { t, tOry }: I18n,
  scope: string,
): { title: string; description?: string } {
  const title = tOry(`consent.scope.${scope}.title`);
  if (title) return { title, description: tOry(`consent.scope.${scope}.description`) };
  return { title: t('oauth2.consent.scope.other', { scope }) };
}

export function ConsentScreen({
  request,
  account,
  csrfToken,
  notice,
}: {
  request: ConsentView;
  account?: string;
  csrfToken: string;
  notice?: 'csrf';
}) {
  const i18n = useI18n();
  const { t, tOry } = i18n;
  const app = request.app;
  return (
    <Card>
      <div data-testid="consent">
        <AppBanner app={app} title={app.name} />
        <PageTitle
          title={tOry('consent.title', { party: app.name }) ?? app.name}
          subtitle={account ? t('oauth2.consent.account', { account }) : undefined}
        />
        <DecisionForm
          action="/consent/decision"
          challengeField="consent_challenge"
          challenge={request.challenge}
          csrfToken={csrfToken}
          notice={notice}
          className="flex flex-col gap-4"
        >
          <h2 className="text-sm font-medium" id="consent-scopes">
            {t('oauth2.consent.scopes', { app: app.name })}
          </h2>
          <ul aria-labelledby="consent-scopes" className="flex flex-col gap-3" data-testid="scopes">
            {request.requestedScope.map((scope) => {
              const text = scopeText(i18n, scope);
              return (
                <li
                  key={scope}
                  data-scope={scope}
                  className="rounded-brand border border-border p-3"
                >
                  <p className="text-sm font-medium">{text.title}</p>
                  {text.description ? (
                    <p className="text-sm text-muted">{text.description}</p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <Checkbox name="remember" value="true" label={t('oauth2.consent.remember')} />
          <div className="flex flex-col gap-2 sm:flex-row">
            <Button name="decision" value="allow">
              {t('oauth2.consent.allow')}
            </Button>
            <Button name="decision" value="deny" variant="secondary">
              {t('oauth2.consent.deny')}
            </Button>
          </div>
        </DecisionForm>
        {app.policyUri || app.tosUri ? (
          <div className="mt-6 flex flex-wrap gap-4 border-t border-border pt-4 text-sm">
            {app.policyUri ? (
              <TextLink href={app.policyUri} rel="noreferrer">
                {t('oauth2.consent.policy')}
              </TextLink>
            ) : null}
            {app.tosUri ? (
              <TextLink href={app.tosUri} rel="noreferrer">
                {t('oauth2.consent.terms')}
              </TextLink>
            ) : null}
          </div>
        ) : null}
      </div>
    </Card>
  );
}
