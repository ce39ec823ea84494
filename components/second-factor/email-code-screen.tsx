import { Card } from '@/components/ui/card';
import { PageTitle } from '@/components/layout/page-title';
import { AppBanner } from '@/components/oauth2/app-banner';
import { TextLink } from '@/components/ui/text-link';
import { useI18n } from '@/lib/i18n';
import { restartUrl } from '@/lib/kratos';
import type { FlowView, Notice } from '@/lib/kratos/types';
import { firstFactorCodeStep } from '@/lib/factors/screen';
import { EnterCode } from './enter-code';

/**
 * The dedicated email-code screen for the first factor (code.passwordless_enabled): sign-in or
 * registration by a code. The same step as the second factor's: "We sent a code to …", the
 * field, Continue before Resend (Enter submits the code), resend after a cooldown; and a way
 * back to the other methods through a fresh flow.
 */
export function EmailCodeScreen({
  flow,
  notice,
  account,
}: {
  flow: FlowView;
  notice?: Notice;
  /** The address the code went to. */
  account?: string;
}) {
  const { t } = useI18n();
  const step = firstFactorCodeStep(flow, notice, account);
  const title = flow.kind === 'registration' ? t('registration.title') : t('login.title');
  return (
    <Card>
      <div data-testid="email-code" data-step="enter-code" data-flow={flow.kind}>
        {flow.oauth2 ? (
          <AppBanner
            app={flow.oauth2.app}
            title={t('oauth2.login.title', { app: flow.oauth2.app.name })}
          />
        ) : null}
        <PageTitle title={title} />
        <EnterCode step={step} />
        <p className="mt-6 border-t border-border pt-4 text-center text-sm">
          <TextLink href={restartUrl(flow.kind, flow.restartParams)} data-testid="other-methods">
            {t('second-factor.restart-other')}
          </TextLink>
        </p>
      </div>
    </Card>
  );
}
