import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';

/**
 * Sign-out is a plain POST to /logout, which runs Kratos's logout flow; `returnTo` (a path on
 * this origin, or a URL Kratos allows) is where the browser lands afterwards.
 */
export function SignOutForm({ label, returnTo }: { label?: string; returnTo?: string }) {
  const { t } = useI18n();
  return (
    <form method="post" action="/logout">
      {returnTo ? <input type="hidden" name="return_to" value={returnTo} /> : null}
      <Button variant="link" data-testid="sign-out">
        {label ?? t('nav.sign-out')}
      </Button>
    </form>
  );
}
