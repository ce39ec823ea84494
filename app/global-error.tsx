'use client';

import { BRAND_DEFAULTS } from '@/lib/brand-defaults';

const C = BRAND_DEFAULTS.colors.light;

// Replaces the root layout when it fails itself, so nothing else (stylesheet, brand tokens,
// i18n) can be relied on: inline styles in the default brand colours, and no error details
// beyond Next's digest.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: 'ui-sans-serif, system-ui, sans-serif',
          background: C.background,
          color: C.foreground,
          display: 'grid',
          placeItems: 'center',
          minHeight: '100vh',
          margin: 0,
        }}
      >
        <main
          role="alert"
          style={{
            maxWidth: '28rem',
            padding: '2rem',
            border: `1px solid ${C.border}`,
            borderRadius: '0.5rem',
            background: C.surface,
          }}
        >
          <h1 style={{ marginTop: 0 }}>Something went wrong</h1>
          <p>An unexpected error occurred. Please reload the page.</p>
          {error.digest ? (
            <p style={{ color: C.muted, fontSize: '0.875rem' }}>
              Error reference: <code>{error.digest}</code>
            </p>
          ) : null}
          <a href="/" style={{ color: C.primary }}>
            Back to the start page
          </a>
        </main>
      </body>
    </html>
  );
}
