'use client';

import { textLinkClass } from '@/components/ui/variants';

// Client error boundaries cannot use the server-only i18n; the text stays short and generic.
// It never shows the error itself (no message, no stack): only Next's digest, which the
// server log carries too, as a reference for support.
export default function RouteError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    // Inside the root layout's branded frame (components/layout/auth-shell.tsx).
    <section role="alert" data-testid="route-error" className="card">
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="mb-4 text-sm">An unexpected error occurred. Please try again.</p>
      {error.digest ? (
        <p className="mb-4 text-sm text-muted">
          Error reference: <code>{error.digest}</code>
        </p>
      ) : null}
      <div className="flex gap-4 text-sm">
        <button type="button" onClick={reset} className={textLinkClass}>
          Try again
        </button>
        <a href="/" className={textLinkClass}>
          Back to the start page
        </a>
      </div>
    </section>
  );
}
