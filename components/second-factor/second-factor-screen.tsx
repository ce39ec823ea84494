import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cx, inputClass, labelClass } from '@/components/ui/variants';
import { FormPending } from '@/components/ui/form-pending';
import { FlowForm } from '@/components/flow/flow-form';
import { LocalePayload } from '@/components/flow/locale-payload';
import { PageTitle } from '@/components/layout/page-title';
import { FlowAppBanner } from '@/components/oauth2/app-banner';
import { SignOutForm } from '@/components/session/sign-out-form';
import { TextLink } from '@/components/ui/text-link';
import { useI18n, countdownLabels, type I18n } from '@/lib/i18n';
import { restartUrl } from '@/lib/kratos';
import type { FlowView } from '@/lib/kratos/types';
import { CodeInput } from './code-input';
import {
  availableFactors,
  chooseFactor,
  maskAddress,
  messagesFor,
  moveErrorsToField,
  type Factor,
} from '@/lib/factors/factors';
import {
  accountName,
  secondFactorModel,
  type AddressChoice,
  type SecondFactorModel,
} from '@/lib/factors/model';
import { maskPhone } from '@/lib/phone';
import {
  MSG,
  pickSecondFactorMessage,
  type Notice,
  type PickedMessage,
} from '@/lib/factors/pick-message';
import { ResendButton } from './resend-button';

const RESEND_COOLDOWN_SECONDS = 30;

function messageText({ t, tm }: I18n, picked: PickedMessage): string | undefined {
  if (picked.kind === 'kratos') return tm(picked.message);
  if (picked.kind === 'notice') return t(`notice.${picked.notice}`);
  return undefined;
}

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
  const factor = chooseFactor({
    nodes: flow.nodes,
    messages: flow.messages,
    requested,
    remembered,
    notice,
  });
  const model = secondFactorModel(flow);
  // This step's messages only; an error of this factor sits on its field when it has one.
  const { nodes, messages } = moveErrorsToField(
    factor,
    flow.nodes,
    messagesFor(factor, flow.messages),
  );
  const picked = pickSecondFactorMessage({
    messages,
    nodes: factor === 'code' ? nodes : [],
    notice,
  });
  const isError = picked.kind === 'kratos' && picked.message.type === 'error';
  const reauth =
    picked.kind === 'kratos' &&
    picked.message.id === MSG.REFRESH &&
    !flow.messages.some((m) => m.id === MSG.SECOND_FACTOR);
  const account = accountName(model);
  return (
    <Card>
      <div
        data-testid="second-factor"
        data-factor={factor}
        data-step={factor === 'code' ? model.step : factor}
      >
        <FlowAppBanner flow={flow} />
        <PageTitle
          title={reauth ? t('second-factor.refresh-title') : t('second-factor.title')}
          subtitle={account ? t('second-factor.account', { account }) : undefined}
        />
        {factor !== 'code' ? (
          <FactorStep
            flow={{ ...flow, nodes, messages: [] }}
            factor={factor}
            picked={picked}
            isError={isError}
          />
        ) : model.step === 'enter-code' ? (
          <EnterCode model={model} picked={picked} isError={isError} />
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

// Ory's own one-line hint for each factor's step (login.totp.subtitle, ...).
const STEP_HINT: Partial<Record<Factor, string>> = {
  totp: 'login.totp.subtitle',
  webauthn: 'login.webauthn.subtitle',
  lookup_secret: 'login.lookup_secret.subtitle',
};

/** An authenticator-app, backup-code, security-key or passkey step: that group's own form. */
function FactorStep({
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

const otherMethodClass =
  'block w-full rounded-brand border border-border bg-surface px-4 py-2.5 text-start font-medium text-foreground hover:bg-background focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring';

/**
 * "Use another method": every other factor by name. A factor is a link to its own step of this
 * flow; the email code is a button per address that sends the code at once. Once a code was
 * sent Kratos offers nothing else on this flow, so the way out is a fresh one.
 */
function OtherMethods({
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
  /** Where the code went, said in our words ("We sent a code to …") instead of Kratos's. */
  sentTo?: string;
}

/** The value tests and QA read from data-message-id: a Kratos id or our notice's name. */
function messageId(picked: PickedMessage): number | string | undefined {
  if (picked.kind === 'kratos') return picked.message.id;
  return picked.kind === 'notice' ? picked.notice : undefined;
}

function Hidden({ model, except }: { model: SecondFactorModel; except?: string }) {
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

/** A send button's words: Kratos's "Send code to …" for an email, ours with the number masked for a phone. */
function sendLabel({ t, tm }: I18n, a: AddressChoice): string {
  if (a.channel === 'sms') return t('second-factor.factor.sms', { address: maskPhone(a.address) });
  return tm(a.label) || a.address;
}

function ChooseAddress({ model, picked, isError }: StepProps) {
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
        <FormPending />
      </form>
    </>
  );
}

const SENT: readonly number[] = [MSG.CODE_SENT, MSG.CODE_SENT_V2, MSG.REGISTRATION_CODE_SENT];

/** The code step: the field, Continue, and Resend after a cooldown. Also the first-factor code screen's. */
export function EnterCode({ model, picked, isError, sentTo }: StepProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const field = model.codeField;
  const justSent = picked.kind === 'kratos' && SENT.includes(picked.message.id);
  // Kratos says "An email containing a code has been sent" for a text message too.
  const texted = model.channel === 'sms' && model.identifier !== undefined;
  const text = !justSent
    ? messageText(i18n, picked)
    : texted
      ? t('login.code.texted-to', { address: maskPhone(model.identifier ?? '') })
      : sentTo
        ? t('login.code.sent-to', { address: sentTo })
        : messageText(i18n, picked);
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
          cooldownSeconds={justSent ? RESEND_COOLDOWN_SECONDS : 0}
        />
      ) : null}
      <FormPending />
    </form>
  );
}
