import { getI18n, supportedLocales, textDirection } from '@/lib/i18n';
import { env } from '@/lib/env';
import { sameOriginPath } from '@/lib/kratos/urls';

export interface LocaleSwitcherProps {
  /**
   * The page to come back to, as a path with its query ("/login?flow=…"). Anything that is
   * not a same-origin path becomes "/" (here and again in /locale). Default "/".
   */
  returnTo?: string;
  /** Offer only these locales (those we support; the current one is always kept). Default: all. */
  locales?: readonly string[];
  className?: string;
}

/** A language's own name for itself ("Deutsch", "العربية"), so anyone can find theirs. */
function nativeName(code: string): string {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

// Naming and sorting 83 languages costs a noticeable share of a page's server time
// (bench/RESULTS.md), and the answer only depends on the locale and the list: compute it once.
const optionsCache = new Map<string, { code: string; name: string }[]>();

function sortedOptions(locale: string, offered: string[]): { code: string; name: string }[] {
  const key = `${locale}|${offered.join(',')}`;
  let options = optionsCache.get(key);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = offered
      .map((code) => ({ code, name: nativeName(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    optionsCache.set(key, options);
  }
  return options;
}

/**
 * The language switcher: a plain GET form to /locale (app/locale/route.ts), which sets the
 * `locale` cookie and sends the browser back. A server component with no client JS, so it
 * works with JavaScript off; choose a language, then press the button.
 */
export async function LocaleSwitcher({
  returnTo = '/',
  locales,
  className = '',
}: LocaleSwitcherProps) {
  const [{ locale, t }, supported] = await Promise.all([getI18n(), supportedLocales()]);
  const offered = supported.filter((code) => !locales || locales.includes(code) || code === locale);
  const options = sortedOptions(locale, offered);

  return (
    <form
      method="get"
      action="/locale"
      className={`flex flex-wrap items-center gap-2 text-sm ${className}`}
      data-testid="locale-switcher"
    >
      <input type="hidden" name="return_to" value={sameOriginPath(returnTo, env().UI_URL) ?? '/'} />
      <label className="flex items-center gap-2">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="16"
          height="16"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          className="shrink-0 text-muted"
        >
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
        </svg>
        <span>{t('locale.label')}</span>
        <select
          name="locale"
          defaultValue={locale}
          className="rounded-brand border border-border bg-surface px-2 py-1"
        >
          {options.map(({ code, name }) => (
            <option key={code} value={code} lang={code} dir={textDirection(code)}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-brand border border-border bg-surface px-3 py-1 font-medium hover:bg-background focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        {t('locale.submit')}
      </button>
    </form>
  );
}
