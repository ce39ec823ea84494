import { Card } from '@/components/ui/card';
import { TextLink } from '@/components/ui/text-link';
import { useI18n } from '@/lib/i18n';
import { describeError, type ErrorCopy } from './error-copy';
import type { KratosErrorView } from '@/lib/kratos/types';
import { PageTitle } from './page-title';

/**
 * Every error a user sees, in one shape: the describer's translated words (never a 5xx reason,
 * never a stack trace), Kratos's reason for client errors under "Details", the reference
 * support can look up, and the way back that fits.
 */
export function ErrorCard({
  error,
  reference,
  copy = describeError(error),
}: {
  error?: KratosErrorView;
  /** The error's id in Kratos, shown only when Kratos knew it. */
  reference?: string;
  copy?: ErrorCopy;
}) {
  const { t } = useI18n();
  return (
    <Card>
      <div data-testid="error" data-error-id={error?.id} data-status={error?.status}>
        <PageTitle title={t(copy.title)} />
        <div role="alert" className="flex flex-col gap-2 text-sm">
          <p>{t(copy.body)}</p>
          {copy.detail ? (
            <details className="text-muted">
              <summary className="cursor-pointer">{t('error.details')}</summary>
              <p className="mt-1 break-words">{copy.detail}</p>
            </details>
          ) : null}
          {reference ? (
            <p className="text-muted">
              {t('error.id')}: <code className="break-all">{reference}</code>
            </p>
          ) : null}
        </div>
        <div className="mt-6 flex flex-wrap gap-4 text-sm">
          {copy.action ? <TextLink href={copy.action.href}>{t(copy.action.label)}</TextLink> : null}
          <TextLink href="/">{t('nav.back-home')}</TextLink>
        </div>
      </div>
    </Card>
  );
}
