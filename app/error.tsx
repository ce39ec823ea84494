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
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <section
        role="alert"
        data-testid="route-error"
        className="w-full max-w-md rounded-brand border border-border bg-surface p-6 shadow-sm sm:p-8"
      >
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
    </main>
  );
}
