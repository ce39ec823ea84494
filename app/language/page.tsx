import { LanguageList } from '@/components/i18n/language-list';
import { PageTitle } from '@/components/layout/page-title';
import { Card } from '@/components/ui/card';
import { env } from '@/lib/env';
import { getI18n } from '@/lib/i18n';
import { sameOriginPath } from '@/lib/redirects';
import { TextLink } from '@/components/ui/text-link';

/** Every language Ory's catalogs speak; choosing one returns to the page the user came from. */
export default async function LanguagePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [params, { t }] = await Promise.all([searchParams, getI18n()]);
  const raw = typeof params.return_to === 'string' ? params.return_to : undefined;
  const returnTo = sameOriginPath(raw, env().UI_URL) ?? '/';
  return (
    <Card>
      <PageTitle title={t('locale.title')} />
      <LanguageList returnTo={returnTo} />
      <p className="mt-6 text-sm">
        <TextLink href={returnTo}>{t('nav.back')}</TextLink>
      </p>
    </Card>
  );
}
