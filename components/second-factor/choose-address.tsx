import { Button } from '@/components/ui/button';
import { useI18n, type I18n } from '@/lib/i18n';
import type { AddressChoice, SecondFactorModel } from '@/lib/factors/model';
import type { PickedMessage } from '@/lib/factors/pick-message';
import { maskPhone } from '@/lib/phone';
import { Banner, Hidden } from './step-parts';

/** A send button's words: Kratos's "Send code to …" for an email, ours with the number masked for a phone. */
function sendLabel({ t, tm }: I18n, a: AddressChoice): string {
  if (a.channel === 'sms') return t('second-factor.factor.sms', { address: maskPhone(a.address) });
  return tm(a.label) || a.address;
}

export function ChooseAddress({
  model,
  picked,
  isError,
}: {
  model: SecondFactorModel;
  picked: PickedMessage;
  isError: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const texts = model.addresses.some((a) => a.channel === 'sms');
  return (
    <>
      <Banner picked={picked} isError={isError} />
      <p className="mb-4 text-sm text-muted">
        {texts ? t('second-factor.choose-any') : t('second-factor.choose')}
      </p>
      <form method="post" action={model.action} className="flex flex-col gap-3">
        {/* After a refused address Kratos leaves it in a hidden `identifier`; posting that
            stale value with a real address makes the real one fail too. The button carries the address. */}
        <Hidden model={model} except="identifier" />
        {model.addresses.map((a) => (
          <Button
            key={a.address}
            name="address"
            value={a.address}
            formNoValidate
            data-testid="send-code"
            data-channel={a.channel}
          >
            {sendLabel(i18n, a)}
          </Button>
        ))}
      </form>
    </>
  );
}
