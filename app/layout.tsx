import type { ReactNode } from 'react';
import { AuthShell } from '@/components/layout/auth-shell';
import { Document } from '@/components/layout/document';
import './globals.css';

/**
 * Every page sits in one branded frame: logo and product name, the page's card, the language
 * link. It is the root layout's own, not a route group's layout: each layout is one more segment
 * (a router, its boundaries, a row of Next's flight data) to render in every page (issue 27).
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <Document>
      <AuthShell>{children}</AuthShell>
    </Document>
  );
}
