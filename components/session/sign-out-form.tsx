import { Button } from '@/components/ui/button';
import { t } from '@/lib/i18n';

/** Sign-out is a plain POST to /logout, which runs Kratos's logout flow. */
export function SignOutForm({ label }: { label?: string }) {
  return (
    <form method="post" action="/logout">
      <Button variant="link" data-testid="sign-out">
        {label ?? t('nav.sign-out')}
      </Button>
    </form>
  );
}
