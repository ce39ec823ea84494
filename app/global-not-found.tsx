import type { Metadata } from 'next';
import { AuthShell } from '@/components/layout/auth-shell';
import { Document } from '@/components/layout/document';
import { ErrorCard } from '@/components/layout/error-card';
import { brand } from '@/lib/brand';
import './globals.css';

export function generateMetadata(): Metadata {
  return { title: brand().name, robots: { index: false, follow: false } };
}

// A URL no route matches. A global 404 is its own document, so Next does not embed a
// not-found tree in the payload of every other page (a root not-found.tsx would be).
export default function GlobalNotFound() {
  return (
    <Document>
      <AuthShell>
        <ErrorCard copy={{ title: 'error.not-found.title', body: 'error.not-found.body' }} />
      </AuthShell>
    </Document>
  );
}
