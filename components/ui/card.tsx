import type { ReactNode } from 'react';

export function Card({ children }: { children: ReactNode }) {
  return (
    <section className="w-full max-w-md rounded-brand border border-border bg-surface p-6 shadow-sm sm:p-8">
      {children}
    </section>
  );
}
