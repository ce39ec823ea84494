import { TextLink } from '@/components/ui/text-link';
import { buttonVariants, cx } from '@/components/ui/variants';
import { useI18n } from '@/lib/i18n';
import { restartUrl } from '@/lib/kratos';
import type { FlowView } from '@/lib/kratos/types';
import { availableFactors, maskAddress, type Factor } from '@/lib/factors/factors';
import type { SecondFactorModel } from '@/lib/factors/model';
import { maskPhone } from '@/lib/phone';
import { Hidden } from './step-parts';

// The secondary button's look, for links and buttons alike, text at the start.
const otherMethodClass = cx(buttonVariants({ variant: 'secondary' }), 'block text-start');

/**
 * "Use another method": every other factor by name. A factor is a link to its own step of this
 * flow; the email code is a button per address that sends the code at once. Once a code was
 * sent Kratos offers nothing else on this flow, so the way out is a fresh one.
 */
export function OtherMethods({
  flow,
  factor,
  model,
}: {
  flow: FlowView;
  factor: Factor;
  model: SecondFactorModel;
}) {
  const { t } = useI18n();
  if (factor === 'code' && model.step === 'enter-code') {
    return (
      <p className="mt-6 border-t border-border pt-4 text-center text-sm">
        <TextLink href={restartUrl('login', flow.restartParams)} data-testid="other-methods">
          {t('second-factor.restart-other')}
        </TextLink>
      </p>
    );
  }
  const others = availableFactors(flow.nodes).filter((f) => f !== factor);
  if (!others.length) return null;
  return (
    <details className="mt-6 border-t border-border pt-4" data-testid="other-methods">
      <summary className="cursor-pointer text-sm font-medium">
        {t('second-factor.other-methods')}
      </summary>
      <ul className="mt-4 flex flex-col gap-2">
        {others.map((f) =>
          f === 'code' ? (
            model.addresses.map((a) => (
              <li key={`code-${a.address}`}>
                <form method="post" action={model.action}>
                  <Hidden model={model} except="identifier" />
                  <button
                    type="submit"
                    name="address"
                    value={a.address}
                    formNoValidate
                    className={otherMethodClass}
                    data-factor="code"
                    data-channel={a.channel}
                  >
                    {a.channel === 'sms'
                      ? t('second-factor.factor.sms', { address: maskPhone(a.address) })
                      : t('second-factor.factor.code', { address: maskAddress(a.address) })}
                  </button>
                </form>
              </li>
            ))
          ) : (
            <li key={f}>
              <a
                href={`/login?${new URLSearchParams({ flow: flow.id, method: f })}`}
                className={otherMethodClass}
                data-factor={f}
              >
                {t(`second-factor.factor.${f}`)}
              </a>
            </li>
          ),
        )}
      </ul>
    </details>
  );
}
