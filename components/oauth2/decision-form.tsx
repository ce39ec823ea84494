import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { CSRF_FIELD } from '@/lib/csrf';
import { useI18n } from '@/lib/i18n';

/**
 * The form of a Hydra decision (consent, logout): a real POST with the challenge and our CSRF
 * token, and above it the one-line notice when a previous post was refused.
 */
export function DecisionForm({
  action,
  challengeField,
  challenge,
  csrfToken,
  notice,
  className,
  children,
}: {
  action: string;
  challengeField: 'consent_challenge' | 'logout_challenge';
  challenge: string;
  csrfToken: string;
  notice?: 'csrf';
  className: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      {notice ? (
        <div className="mb-4">
          <Alert tone="error">{t('notice.csrf')}</Alert>
        </div>
      ) : null}
      <form method="post" action={action} className={className}>
        <input type="hidden" name={challengeField} value={challenge} />
        <input type="hidden" name={CSRF_FIELD} value={csrfToken} />
        {children}
      </form>
    </>
  );
}
