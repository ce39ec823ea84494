import { Alert } from '@/components/ui/alert';
import { useI18n } from '@/lib/i18n';
import type { Notice } from '@/lib/kratos/types';

/** "We started over because …": the one line a page owes the user after a restart. */
export function RestartNotice({ notice }: { notice?: Notice }) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <div className="mb-4">
      <Alert tone="info">{t(`notice.${notice}`)}</Alert>
    </div>
  );
}
