import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { LanguageLink, LANGUAGE_PAGE } from '@/components/i18n/language-link';
import { brand } from '@/lib/brand';

/**
 * The branded frame around every page: logo and product name above a centred card, and a
 * link to the language list below it (except on that list). Straight children of the `<main>`,
 * without a header and footer element: inside `<main>` those are no landmarks, only one more
 * element in every page's HTML and flight data.
 */
export async function AuthShell({ children }: { children: ReactNode }) {
  const b = brand();
  const logo = b.logo;
  const dark = b.colorScheme === 'dark' ? (logo?.dark ?? logo?.light) : undefined;
  const here = (await headers()).get('x-url') ?? '/';
  const languageLink = new URL(here, 'http://x').pathname !== LANGUAGE_PAGE;
  return (
    <main className="shell">
      <a href="/" className="brand-link" data-testid="brand">
        {logo ? (
          <>
            <picture>
              {b.colorScheme === 'system' && logo.dark ? (
                <source srcSet={logo.dark} media="(prefers-color-scheme: dark)" />
              ) : null}
              <img src={dark ?? logo.light} alt="" width={32} height={32} className="h-8 w-auto" />
            </picture>
            <span>{b.name}</span>
          </>
        ) : (
          b.name
        )}
      </a>
      {children}
      {languageLink ? <LanguageLink returnTo={here} /> : null}
    </main>
  );
}
