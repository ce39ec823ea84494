import type { ReactNode } from 'react';

const tones = {
  info: 'border-border bg-background text-foreground',
  success: 'border-success text-success bg-surface',
  error: 'border-danger text-danger bg-surface',
} as const;

export function Alert({
  tone,
  children,
  id,
}: {
  tone: keyof typeof tones;
  children: ReactNode;
  id?: string;
}) {
  // Errors interrupt (role=alert); info and success are announced politely.
  return (
    <div
      id={id}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={`alert-${tone}`}
      className={`rounded-brand border px-3 py-2 text-sm ${tones[tone]}`}
    >
      {children}
    </div>
  );
}
