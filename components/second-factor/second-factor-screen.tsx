import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cn, inputClass, labelClass } from '@/components/ui/variants';
import { FormPending } from '@/components/ui/form-pending';
import { FlowForm } from '@/components/flow/flow-form';
import { PageTitle } from '@/components/layout/page-title';
import { AppBanner } from '@/components/oauth2/app-banner';
import { SignOutForm } from '@/components/session/sign-out-form';
import { pluralLabels, useI18n, type I18n } from '@/lib/i18n';
import type { FlowView } from '@/lib/kratos/types';
import { CodeInput } from './code-input';
import { secondFactorModel, type SecondFactorModel } from '@/lib/second-factor/model';
import {
  MSG,
  pickSecondFactorMessage,
  type Notice,
  type PickedMessage,
} from '@/lib/second-factor/pick-message';
import { ResendButton } from './resend-button';

const RESEND_COOLDOWN_SECONDS = 30;

function messageText({ t, tm }: I18n, picked: PickedMessage): string | undefined {
  if (picked.kind === 'kratos') return tm(picked.message);
  if (picked.kind === 'notice') return t(`notice.${picked.notice}`);
  return undefined;
}

/** The dedicated email-code second-factor screen (login flows with requested_aal = aal2). */
export function SecondFactorScreen({
  flow,
  notice,
  nonce,
}: {
  flow: FlowView;
  notice?: Notice;
  nonce?: string;
}) {
  const { t } = useI18n();
  const model = secondFactorModel(flow);
  const picked = pickSecondFactorMessage({ messages: flow.messages, nodes: flow.nodes, notice });
  const isError = picked.kind === 'kratos' && picked.message.type === 'error';
  const reauth =
    picked.kind === 'kratos' &&
    picked.message.id === MSG.REFRESH &&
    !flow.messages.some((m) => m.id === MSG.SECOND_FACTOR);
  const account = model.identifier ?? model.addresses[0]?.address;

  return (
    <Card>
      <div data-testid="second-factor" data-step={model.step}>
        {flow.oauth2 ? (
          <AppBanner
            app={flow.oauth2.app}
            title={t('oauth2.login.title', { app: flow.oauth2.app.name })}
          />
        ) : null}
        <PageTitle
          title={reauth ? t('second-factor.refresh-title') : t('second-factor.title')}
          subtitle={account ? t('second-factor.account', { account }) : undefined}
        />
        {model.step === 'enter-code' ? (
          <EnterCode model={model} picked={picked} isError={isError} />
        ) : (
          <ChooseAddress model={model} picked={picked} isError={isError} />
        )}
        {model.otherGroups.length ? (
          <details className="mt-6 border-t border-border pt-4" data-testid="other-methods">
            <summary className="cursor-pointer text-sm font-medium">
              {t('second-factor.other-methods')}
            </summary>
            <div className="mt-4">
              <FlowForm flow={{ ...flow, messages: [] }} only={model.otherGroups} nonce={nonce} />
            </div>
          </details>
        ) : null}
        <div className="mt-6 flex justify-center border-t border-border pt-4 text-sm">
          <SignOutForm label={t('second-factor.cancel')} />
        </div>
      </div>
    </Card>
  );
}

function Banner({ picked, isError }: { picked: PickedMessage; isError: boolean }) {
  const text = messageText(useI18n(), picked);
  if (!text) return null;
  return (
    <div className="mb-4" data-testid="second-factor-message" data-message-id={messageId(picked)}>
      <Alert tone={isError ? 'error' : 'info'}>{text}</Alert>
    </div>
  );
}

interface StepProps {
  model: SecondFactorModel;
  picked: PickedMessage;
  isError: boolean;
}

/** The value tests and QA read from data-message-id: a Kratos id or our notice's name. */
function messageId(picked: PickedMessage): number | string | undefined {
  if (picked.kind === 'kratos') return picked.message.id;
  return picked.kind === 'notice' ? picked.notice : undefined;
}

function Hidden({ model, except }: { model: SecondFactorModel; except?: string }) {
  return model.hidden
    .filter((h) => h.name !== except)
    .map((h, i) => <input key={`${h.name}-${i}`} type="hidden" name={h.name} value={h.value} />);
}

function ChooseAddress({ model, picked, isError }: StepProps) {
  const { t, tm } = useI18n();
  return (
    <>
      <Banner picked={picked} isError={isError} />
      <p className="mb-4 text-sm text-muted">{t('second-factor.choose')}</p>
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
          >
            {tm(a.label) || a.address}
          </Button>
        ))}
        <FormPending />
      </form>
    </>
  );
}

function EnterCode({ model, picked, isError }: StepProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const text = messageText(i18n, picked);
  const field = model.codeField;
  const justSent =
    picked.kind === 'kratos' &&
    (picked.message.id === MSG.CODE_SENT || picked.message.id === MSG.CODE_SENT_V2);
  return (
    <form method="post" action={model.action} className="flex flex-col gap-4">
      <Hidden model={model} />
      <div className="flex flex-col gap-1">
        <label htmlFor="code" className={labelClass}>
          {t('second-factor.code-label')}
        </label>
        {text && !isError ? (
          <p
            id="code-hint"
            className="text-sm text-muted"
            role="status"
            data-testid="second-factor-message"
            data-message-id={messageId(picked)}
          >
            {text}
          </p>
        ) : null}
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
          className={cn(inputClass, 'text-lg tracking-widest')}
        />
        {isError && text ? (
          <p
            id="code-error"
            role="alert"
            className="text-sm text-danger"
            data-testid="second-factor-message"
            data-message-id={messageId(picked)}
          >
            {text}
          </p>
        ) : null}
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
          locale={i18n.locale}
          waitLabels={pluralLabels(i18n, 'second-factor.resend-wait', 'seconds')}
          cooldownSeconds={justSent ? RESEND_COOLDOWN_SECONDS : 0}
        />
      ) : null}
      <FormPending />
    </form>
  );
}
