// Pieces every step of the code screens shares: the one message, and the hidden fields.
import { Alert } from '@/components/ui/alert';
import { LocalePayload } from '@/components/flow/locale-payload';
import { useI18n, type I18n } from '@/lib/i18n';
import type { SecondFactorModel } from '@/lib/factors/model';
import type { PickedMessage } from '@/lib/factors/pick-message';
import type { StepMessage } from '@/lib/factors/screen';

/** A step's message in the user's words, or undefined when there is none. */
export function messageText({ t, tm }: I18n, message: StepMessage): string | undefined {
  switch (message.kind) {
    case 'kratos':
      return tm(message.message);
    case 'notice':
      return t(`notice.${message.notice}`);
    case 'texted-to':
      return t('login.code.texted-to', { address: message.address });
    case 'sent-to':
      return t('login.code.sent-to', { address: message.address });
    default:
      return undefined;
  }
}

/** The value tests and QA read from data-message-id: a Kratos id or our notice's name. */
export function messageId(picked: PickedMessage): number | string | undefined {
  if (picked.kind === 'kratos') return picked.message.id;
  return picked.kind === 'notice' ? picked.notice : undefined;
}

/** The step's one message above its form. */
export function Banner({ picked, isError }: { picked: PickedMessage; isError: boolean }) {
  const text = messageText(useI18n(), picked);
  if (!text) return null;
  return (
    <div className="mb-4" data-testid="second-factor-message" data-message-id={messageId(picked)}>
      <Alert tone={isError ? 'error' : 'info'}>{text}</Alert>
    </div>
  );
}

/** The flow's hidden fields (CSRF token and the like), posted with every button. */
export function Hidden({ model, except }: { model: SecondFactorModel; except?: string }) {
  return (
    <>
      {model.hidden
        .filter((h) => h.name !== except)
        .map((h, i) => (
          <input key={`${h.name}-${i}`} type="hidden" name={h.name} value={h.value} />
        ))}
      <LocalePayload />
    </>
  );
}
