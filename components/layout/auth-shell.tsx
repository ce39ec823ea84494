import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { LanguageLink, LANGUAGE_PAGE } from '@/components/i18n/language-link';
import { brand } from '@/lib/brand';

/**
 * The branded frame around every page: logo and product name above a centred card, and a
 * link to the language list below it (except on that list).
 */
export async function AuthShell({ children }: { children: ReactNode }) {
  const b = brand();
  const logo = b.logo;
  const dark = b.colorScheme === 'dark' ? (logo?.dark ?? logo?.light) : undefined;
  const here = (await headers()).get('x-url') ?? '/';
  const languageLink = new URL(here, 'http://x').pathname !== LANGUAGE_PAGE;
  return (
    <main className="shell">
      <header>
        <a href="/" className="brand-link" data-testid="brand">
          {logo ? (
            <picture>
              {b.colorScheme === 'system' && logo.dark ? (
                <source srcSet={logo.dark} media="(prefers-color-scheme: dark)" />
              ) : null}
              {}
              <img src={dark ?? logo.light} alt="" width={32} height={32} className="h-8 w-auto" />
            </picture>
          ) : null}
          <span>{b.name}</span>
        </a>
      </header>
      {children}
      {languageLink ? (
        <footer>
          <LanguageLink returnTo={here} />
        </footer>
      ) : null}
    </main>
  );
}
