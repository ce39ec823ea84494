import { getI18n, supportedLocales, textDirection } from '@/lib/i18n';

const names = new Map<string, string>();

/**
 * A language's own name for itself ("Deutsch", "العربية"), so anyone can find theirs. Cached:
 * building an Intl.DisplayNames is costly, and every page names its language in the footer.
 */
export function nativeName(code: string): string {
  let name = names.get(code);
  if (name === undefined) {
    try {
      const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
      name = own.charAt(0).toLocaleUpperCase(code) + own.slice(1);
    } catch {
      name = code;
    }
    names.set(code, name);
  }
  return name;
}

// Naming and sorting 83 languages costs real server time (bench/RESULTS.md), and the answer
// only depends on the locale: compute it once per locale.
const optionsCache = new Map<string, { code: string; name: string }[]>();

function sortedOptions(
  locale: string,
  offered: readonly string[],
): { code: string; name: string }[] {
  let options = optionsCache.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = offered
      .map((code) => ({ code, name: nativeName(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
    optionsCache.set(locale, options);
  }
  return options;
}

/**
 * Every language as a plain link to /locale (app/locale/route.ts), which sets the `locale`
 * cookie and sends the browser back to `returnTo` (already a validated same-origin path).
 * Only /language renders it, so the 83 names are not in every page's HTML.
 */
export async function LanguageList({ returnTo }: { returnTo: string }) {
  const [{ locale }, supported] = await Promise.all([getI18n(), supportedLocales()]);
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3" data-testid="languages">
      {sortedOptions(locale, supported).map(({ code, name }) => (
        <li key={code}>
          <a
            href={`/locale?${new URLSearchParams({ locale: code, return_to: returnTo })}`}
            lang={code}
            hrefLang={code}
            dir={textDirection(code)}
            aria-current={code === locale ? 'true' : undefined}
            className="block rounded-brand px-2 py-1 underline-offset-2 hover:underline aria-[current]:bg-background aria-[current]:font-semibold"
          >
            {name}
          </a>
        </li>
      ))}
    </ul>
  );
}
