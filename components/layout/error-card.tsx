import { Card } from '@/components/ui/card';
import { t } from '@/lib/i18n';
import type { KratosErrorView } from '@/lib/kratos/types';
import { PageTitle } from './page-title';

/** Kratos's error in human words, with a way back; never a stack trace. */
export function ErrorCard({ error, title }: { error?: KratosErrorView; title?: string }) {
  return (
    <Card>
      <PageTitle title={title ?? t('error.title')} />
      <div role="alert" className="flex flex-col gap-2 text-sm">
        <p>
          {error?.id === 'cookies_required'
            ? t('error.cookies-required')
            : error?.reason || error?.message || t('error.generic')}
        </p>
        {error?.id ? (
          <p className="text-muted">
            {t('error.id')}: <code>{error.id}</code>
          </p>
        ) : null}
      </div>
      <p className="mt-6">
        <a href="/" className="text-primary underline">
          {t('nav.back-home')}
        </a>
      </p>
    </Card>
  );
}
