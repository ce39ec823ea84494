import { PageTitle } from '@/components/layout/page-title';
import { Card } from '@/components/ui/card';
import { useI18n } from '@/lib/i18n';
import { TextLink } from '@/components/ui/text-link';

export type OAuth2Problem = 'invalid' | 'other-user' | 'signed-out' | 'disabled';

/** A challenge we cannot act on: what happened, in plain words, and a way on. */
export function OAuth2ErrorCard({ problem }: { problem: OAuth2Problem }) {
  const { t } = useI18n();
  return (
    <Card>
      <div data-testid="oauth2-error" data-problem={problem}>
        <PageTitle title={t('oauth2.error.title')} />
        <p role="alert" className="text-sm">
          {t(`oauth2.error.${problem}`)}
        </p>
        <div className="mt-6 flex flex-wrap gap-4 text-sm">
          {problem === 'signed-out' ? <TextLink href="/login">{t('nav.sign-in')}</TextLink> : null}
          <TextLink href="/">{t('nav.back-home')}</TextLink>
        </div>
      </div>
    </Card>
  );
}
