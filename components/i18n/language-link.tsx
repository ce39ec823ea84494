import { env } from '@/lib/env';
import { getI18n } from '@/lib/i18n';
import { sameOriginPath } from '@/lib/redirects';
import { nativeName } from './language-list';

/**
 * The footer's way to another language: one link to /language, which lists them all. A link
 * instead of an 83-option <select> keeps every page's HTML (and the payload Next embeds for
 * hydration) about 10 KB smaller; it works without JavaScript either way.
 */
export async function LanguageLink({ returnTo }: { returnTo: string }) {
  const { locale, t } = await getI18n();
  const back = sameOriginPath(returnTo, env().UI_URL) ?? '/';
  return (
    <a
      href={`/language?${new URLSearchParams({ return_to: back })}`}
      className="flex items-center gap-2 text-sm text-muted underline-offset-2 hover:underline"
      data-testid="language-link"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="16"
        height="16"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        className="shrink-0"
      >
        <circle cx="12" cy="12" r="10" />
        <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
      </svg>
      <span>
        {t('locale.label')}: <span lang={locale}>{nativeName(locale)}</span>
      </span>
    </a>
  );
}
