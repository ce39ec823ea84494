import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { connection } from 'next/server';
import { brand } from '@/lib/brand';
import './globals.css';

export function generateMetadata(): Metadata {
  return { title: brand().name, robots: { index: false, follow: false } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: CSP nonces and run-time config need it.
  await connection();
  return (
    <html lang="en" dir="ltr">
      <body className="min-h-dvh bg-background text-foreground antialiased">{children}</body>
    </html>
  );
}
