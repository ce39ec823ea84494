import { AuthShell } from '@/components/layout/auth-shell';
import { Document } from '@/components/layout/document';
import { ErrorCard } from '@/components/layout/error-card';
import './globals.css';

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
