import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { CSRF_FIELD } from '@/lib/csrf';

/**
 * A plain POST to /devices/revoke carrying our own CSRF token (Kratos checks none on /sessions):
 * one session by id, or every other one (`scope=others`). Works without JavaScript.
 */
export function RevokeForm({
  csrfToken,
  sessionId,
  describedBy,
  variant = 'secondary',
  testId,
  children,
}: {
  csrfToken: string | undefined;
  sessionId?: string;
  describedBy?: string;
  variant?: 'primary' | 'secondary';
  testId: string;
  children: ReactNode;
}) {
  return (
    <form method="post" action="/devices/revoke">
      <input type="hidden" name={CSRF_FIELD} value={csrfToken ?? ''} />
      {sessionId ? (
        <input type="hidden" name="session_id" value={sessionId} />
      ) : (
        <input type="hidden" name="scope" value="others" />
      )}
      <Button variant={variant} aria-describedby={describedBy} data-testid={testId}>
        {children}
      </Button>
    </form>
  );
}
