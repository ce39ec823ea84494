import { env } from '@/lib/env';
import { useI18n } from '@/lib/i18n';
import { sameOriginPath } from '@/lib/redirects';
import { nativeName } from './language-list';

/** The page that lists every language (app/language). */
export const LANGUAGE_PAGE = '/language';

/**
 * The footer's way to another language: one link to /language, which lists them all. A link
 * instead of an 83-option <select> keeps every page's HTML (and the payload Next embeds for
 * hydration) about 10 KB smaller; it works without JavaScript either way. Its globe icon is
 * drawn by CSS (`.lang-link` in app/globals.css), not an inline SVG repeated in every page.
 */
export function LanguageLink({ returnTo }: { returnTo: string }) {
  const { locale, t } = useI18n();
  const back = sameOriginPath(returnTo, env().UI_URL) ?? '/';
  return (
    <a
      href={`${LANGUAGE_PAGE}?${new URLSearchParams({ return_to: back })}`}
      className="lang-link"
      data-testid="language-link"
    >
      {`${t('locale.label')}: `}
      <span lang={locale}>{nativeName(locale)}</span>
    </a>
  );
}
