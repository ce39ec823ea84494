// What the two code screens and the 2FA screen show, decided once here; components/second-factor
// only renders it. Pure: unit-tested over captured flows.
import { KRATOS_MESSAGE as MSG } from '@/lib/kratos/message-ids';
import type { FlowView, Notice, UiNode } from '@/lib/kratos/types';
import { maskPhone } from '@/lib/phone';
import { chooseFactor, messagesFor, moveErrorsToField, type Factor } from './factors';
import { accountName, secondFactorModel, type SecondFactorModel } from './model';
import { pickSecondFactorMessage, type PickedMessage } from './pick-message';

/** Seconds before Resend is offered again after a code went out. */
export const RESEND_COOLDOWN_SECONDS = 30;

const SENT: readonly number[] = [MSG.CODE_SENT, MSG.CODE_SENT_V2, MSG.REGISTRATION_CODE_SENT];

/** A step's one message: ours when a code just went out ("We sent a code to …"), else the picked one. */
export type StepMessage =
  PickedMessage | { kind: 'texted-to'; address: string } | { kind: 'sent-to'; address: string };

/** The code step (the field, Continue, Resend) as both code screens show it. */
export interface CodeStep {
  model: SecondFactorModel;
  /** The message Kratos's flow carries (its id is what tests and QA read). */
  picked: PickedMessage;
  message: StepMessage;
  isError: boolean;
  /** The code went by text message. */
  texted: boolean;
  /** Resend waits this long (a code just went out), or 0. */
  cooldownSeconds: number;
}

const isErrorMessage = (picked: PickedMessage) =>
  picked.kind === 'kratos' && picked.message.type === 'error';

/** The code step of a model, its message picked; `sentTo` names the address in our words. */
function codeStep(model: SecondFactorModel, picked: PickedMessage, sentTo?: string): CodeStep {
  const justSent = picked.kind === 'kratos' && SENT.includes(picked.message.id);
  // Kratos says "An email containing a code has been sent" for a text message too.
  const texted = model.channel === 'sms' && model.identifier !== undefined;
  const message: StepMessage = !justSent
    ? picked
    : texted
      ? { kind: 'texted-to', address: maskPhone(model.identifier ?? '') }
      : sentTo
        ? { kind: 'sent-to', address: sentTo }
        : picked;
  return {
    model,
    picked,
    message,
    isError: isErrorMessage(picked),
    texted,
    cooldownSeconds: justSent ? RESEND_COOLDOWN_SECONDS : 0,
  };
}

/**
 * The first-factor code screen (passwordless sign-in, registration by code): the code step for
 * the flow, with the address the code went to.
 */
export function firstFactorCodeStep(flow: FlowView, notice?: Notice, account?: string): CodeStep {
  const model = secondFactorModel(flow);
  const picked = pickSecondFactorMessage({ messages: flow.messages, nodes: flow.nodes, notice });
  return codeStep(model, picked, account ?? model.identifier);
}

/** The 2FA screen: which factor it opens on, and what that step shows. */
export interface SecondFactorScreenView {
  factor: Factor;
  model: SecondFactorModel;
  /** The flow's nodes, with an error of the open factor moved onto its field. */
  nodes: UiNode[];
  picked: PickedMessage;
  isError: boolean;
  /** A re-authentication (1010003 alone), titled as such. */
  reauth: boolean;
  /** The account, as the subtitle names it. */
  account?: string;
  /** 'choose' or 'enter-code' for the email/SMS code; otherwise the factor. */
  step: string;
  /** The code step, when the screen opens on the code and one was sent. */
  code?: CodeStep;
}

export function secondFactorScreen(
  flow: FlowView,
  choice: { notice?: Notice; requested?: string; remembered?: string },
): SecondFactorScreenView {
  const { notice } = choice;
  const factor = chooseFactor({ nodes: flow.nodes, messages: flow.messages, ...choice });
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
  const reauth =
    picked.kind === 'kratos' &&
    picked.message.id === MSG.REFRESH &&
    !flow.messages.some((m) => m.id === MSG.SECOND_FACTOR);
  const entersCode = factor === 'code' && model.step === 'enter-code';
  return {
    factor,
    model,
    nodes,
    picked,
    isError: isErrorMessage(picked),
    reauth,
    account: accountName(model),
    step: factor === 'code' ? model.step : factor,
    code: entersCode ? codeStep(model, picked) : undefined,
  };
}
