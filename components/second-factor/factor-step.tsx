import { FlowForm } from '@/components/flow/flow-form';
import { useI18n } from '@/lib/i18n';
import type { Factor } from '@/lib/factors/factors';
import type { PickedMessage } from '@/lib/factors/pick-message';
import type { FlowView } from '@/lib/kratos/types';
import { Banner } from './step-parts';

// Ory's own one-line hint for each factor's step (login.totp.subtitle, ...).
const STEP_HINT: Partial<Record<Factor, string>> = {
  totp: 'login.totp.subtitle',
  webauthn: 'login.webauthn.subtitle',
  lookup_secret: 'login.lookup_secret.subtitle',
};

/** An authenticator-app, backup-code, security-key or passkey step: that group's own form. */
export function FactorStep({
  flow,
  factor,
  picked,
  isError,
}: {
  flow: FlowView;
  factor: Factor;
  picked: PickedMessage;
  isError: boolean;
}) {
  const { tOry } = useI18n();
  const hintKey = STEP_HINT[factor];
  const hint = hintKey ? tOry(hintKey) : undefined;
  return (
    <div data-testid={`factor-${factor}`}>
      <Banner picked={picked} isError={isError} />
      {hint ? <p className="mb-4 text-sm text-muted">{hint}</p> : null}
      <FlowForm flow={flow} only={[factor]} focusFirstField />
    </div>
  );
}
