'use client';

// Client error boundaries cannot use the server-only i18n; the text stays short and generic.
export default function RouteError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="flex min-h-dvh items-center justify-center p-6">
      <div role="alert" className="max-w-md rounded-brand border border-border bg-surface p-6">
        <h1 className="mb-2 text-xl font-semibold">Something went wrong</h1>
        <p className="mb-4 text-sm">An unexpected error occurred. Please try again.</p>
        <button type="button" onClick={reset} className="text-primary underline">
          Try again
        </button>
      </div>
    </main>
  );
}
