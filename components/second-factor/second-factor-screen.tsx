import { Card } from '@/components/ui/card';
import { PageTitle } from '@/components/layout/page-title';
import { FlowAppBanner } from '@/components/oauth2/app-banner';
import { SignOutForm } from '@/components/session/sign-out-form';
import { useI18n } from '@/lib/i18n';
import type { FlowView, Notice } from '@/lib/kratos/types';
import { secondFactorScreen } from '@/lib/factors/screen';
import { ChooseAddress } from './choose-address';
import { EnterCode } from './enter-code';
import { FactorStep } from './factor-step';
import { OtherMethods } from './other-methods';

/**
 * The second-factor screen (login flows with requested_aal = aal2). It opens on one factor: the
 * one an error is about, the one picked under "Use another method", the one last used in this
 * browser, or the user's own device before the email code (lib/factors/factors.ts). The
 * others are listed by name under "Use another method".
 */
export function SecondFactorScreen({
  flow,
  notice,
  requested,
  remembered,
}: {
  flow: FlowView;
  notice?: Notice;
  /** `?method=` on the page. */
  requested?: string;
  /** The factor last used in this browser (its cookie). */
  remembered?: string;
}) {
  const { t } = useI18n();
  const view = secondFactorScreen(flow, { notice, requested, remembered });
  const { factor, model, picked, isError, account } = view;
  return (
    <Card>
      <div data-testid="second-factor" data-factor={factor} data-step={view.step}>
        <FlowAppBanner flow={flow} />
        <PageTitle
          title={view.reauth ? t('second-factor.refresh-title') : t('second-factor.title')}
          subtitle={account ? t('second-factor.account', { account }) : undefined}
        />
        {factor !== 'code' ? (
          <FactorStep
            flow={{ ...flow, nodes: view.nodes, messages: [] }}
            factor={factor}
            picked={picked}
            isError={isError}
          />
        ) : view.code ? (
          <EnterCode step={view.code} />
        ) : (
          <ChooseAddress model={model} picked={picked} isError={isError} />
        )}
        <OtherMethods flow={flow} factor={factor} model={model} />
        <div className="mt-6 flex justify-center border-t border-border pt-4 text-sm">
          <SignOutForm label={t('second-factor.cancel')} />
        </div>
      </div>
    </Card>
  );
}
