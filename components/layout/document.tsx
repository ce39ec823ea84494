import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { brand, brandStylesheet } from '@/lib/brand';
import { PendingForms } from '@/components/ui/pending-forms';
import { getI18n } from '@/lib/i18n';

/**
 * The HTML document: the request's language and direction, the product's name as its title (not
 * indexed by search engines), and the brand tokens' stylesheet in its head so the theme never
 * flashes. The root layout and the global 404 page both render it.
 */
export async function Document({ children }: { children: ReactNode }) {
  // Started before anything is awaited, so the page (rendered in parallel) finds it under way.
  const i18n = getI18n();
  // Every page is rendered per request: CSP nonces and run-time config need it.
  await connection();
  const { locale, dir } = await i18n;
  const b = brand();
  return (
    <html lang={locale} dir={dir}>
      {/* App Router documents write <head> themselves; next/head is the Pages Router's. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        {/* Written here rather than by generateMetadata: one title for every page, and Next's
            metadata resolution then has nothing to merge per request (issue 27). */}
        <title>{b.name}</title>
        <meta name="robots" content="noindex, nofollow" />
        {b.favicon ? <link rel="icon" href={b.favicon} /> : null}
        {/* A plain render-blocking stylesheet: the theme is there before the first paint. */}
        <link id="brand-tokens" rel="stylesheet" href={brandStylesheet().href} />
      </head>
      <body>
        {children}
        <PendingForms />
      </body>
    </html>
  );
}
