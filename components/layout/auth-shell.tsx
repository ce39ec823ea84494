import type { ReactNode } from 'react';
import { brand } from '@/lib/brand';

/** The branded frame around every page: product name (or logo) above a centred card. */
export function AuthShell({ children }: { children: ReactNode }) {
  const b = brand();
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-10">
      <header className="text-center">
        <a href="/" className="inline-flex items-center gap-2 text-lg font-semibold">
          {b.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a runtime-configured logo, not a build asset.
            <img src={b.logoUrl} alt="" className="h-8 w-auto" />
          ) : null}
          <span>{b.name}</span>
        </a>
      </header>
      {children}
    </main>
  );
}
