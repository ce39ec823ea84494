import { Button } from '@/components/ui/button';
import { cx, inputClass, labelClass } from '@/components/ui/variants';
import { useI18n, countdownLabels } from '@/lib/i18n';
import { RESEND_COOLDOWN_SECONDS, type CodeStep } from '@/lib/factors/screen';
import { CodeInput } from './code-input';
import { ResendButton } from './resend-button';
import { Hidden, messageId, messageText } from './step-parts';

/** The code step: the field, Continue, and Resend after a cooldown. Also the first-factor code screen's. */
export function EnterCode({ step }: { step: CodeStep }) {
  const { model, picked, isError, texted } = step;
  const i18n = useI18n();
  const { t } = i18n;
  const field = model.codeField;
  const text = messageText(i18n, step.message);
  // The step's one message: a hint above the field, or the error below it, tied to the field.
  const message = text ? (
    <p
      id={isError ? 'code-error' : 'code-hint'}
      role={isError ? 'alert' : 'status'}
      className={isError ? 'text-sm text-danger' : 'text-sm text-muted'}
      data-testid="second-factor-message"
      data-message-id={messageId(picked)}
    >
      {text}
    </p>
  ) : null;
  return (
    <form method="post" action={model.action} className="flex flex-col gap-4">
      <Hidden model={model} />
      <div className="flex flex-col gap-1">
        <label htmlFor="code" className={labelClass}>
          {texted ? t('second-factor.code-label-sms') : t('second-factor.code-label')}
        </label>
        {isError ? null : message}
        <CodeInput
          id="code"
          name={field?.name ?? 'code'}
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          autoFocus
          maxLength={32}
          aria-invalid={isError || undefined}
          aria-describedby={isError ? 'code-error' : text ? 'code-hint' : undefined}
          className={cx(inputClass, 'text-lg tracking-widest')}
        />
        {isError ? message : null}
      </div>
      {/* Continue comes first in tree order: Enter in the code field must submit the code, not resend. */}
      <Button
        name={model.submit?.name ?? 'method'}
        value={model.submit?.value ?? 'code'}
        data-testid="submit-code"
      >
        {t('second-factor.continue')}
      </Button>
      {model.resend ? (
        <ResendButton
          name={model.resend.name}
          value={model.resend.value}
          label={t('second-factor.resend')}
          waitLabels={countdownLabels(i18n, 'second-factor.resend-wait', RESEND_COOLDOWN_SECONDS)}
          cooldownSeconds={step.cooldownSeconds}
        />
      ) : null}
    </form>
  );
}
