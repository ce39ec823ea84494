import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { brand, brandCss } from '@/lib/brand';
import { getI18n } from '@/lib/i18n';
import './globals.css';

export function generateMetadata(): Metadata {
  const b = brand();
  return {
    title: b.name,
    robots: { index: false, follow: false },
    ...(b.favicon ? { icons: { icon: b.favicon } } : {}),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Started before anything is awaited, so the page (rendered in parallel) finds it under way.
  const i18n = getI18n();
  // Every page is rendered per request: CSP nonces and run-time config need it.
  await connection();
  // The request's locale (cookie, then Accept-Language) sets the document language and direction.
  const { locale, dir } = await i18n;
  return (
    <html lang={locale} dir={dir}>
      <head>
        {/* Brand tokens in the first HTML, so the theme never flashes. */}
        <style id="brand-tokens" dangerouslySetInnerHTML={{ __html: brandCss(brand()) }} />
      </head>
      <body className="min-h-dvh bg-background text-foreground antialiased">{children}</body>
    </html>
  );
}
