import type { FlowView, InputAttributes, UiMessage, UiNode } from '@/lib/kratos/types';
import { addressChannel, maskPhone, type CodeChannel } from '@/lib/phone';

export interface AddressChoice {
  address: string;
  channel: CodeChannel;
  label?: UiMessage;
}

export interface SecondFactorModel {
  step: 'choose' | 'enter-code';
  action: string;
  /** Every hidden node of the default and code groups: posted with every button. */
  hidden: { name: string; value: string }[];
  addresses: AddressChoice[];
  /** The address the code went to (enter-code step), and how it went there. */
  identifier?: string;
  channel?: CodeChannel;
  /** Every address Kratos listed as an identifier (shown, never posted twice). */
  identifiers: string[];
  codeField?: { name: string; required: boolean; messages: UiMessage[]; label?: UiMessage };
  submit?: { name: string; value: string; label?: UiMessage };
  resend?: { name: string; value: string; label?: UiMessage };
  /** Groups of other second factors the identity has (totp, lookup_secret, webauthn, passkey). */
  otherGroups: string[];
}

const input = (n: UiNode): InputAttributes | undefined =>
  n.attributes.nodeType === 'input' ? n.attributes : undefined;
const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

const OTHER_FACTORS = ['totp', 'lookup_secret', 'webauthn', 'passkey'];

/** Reads the email-code step out of a login flow's nodes. */
export function secondFactorModel(flow: FlowView): SecondFactorModel {
  const nodes = flow.nodes;
  const hidden: SecondFactorModel['hidden'] = [];
  const addresses: AddressChoice[] = [];
  let identifier: string | undefined;
  const identifiers: string[] = [];
  let codeField: SecondFactorModel['codeField'];
  let submit: SecondFactorModel['submit'];
  let resend: SecondFactorModel['resend'];

  for (const node of nodes) {
    const a = input(node);
    if (!a || (node.group !== 'default' && node.group !== 'code')) continue;
    if (a.type === 'hidden') {
      // With several addresses Kratos keeps each as a hidden `identifier` once a code is sent,
      // the chosen one first, and reads only the first on a resend: post that one alone.
      if (a.name === 'identifier') {
        identifiers.push(str(a.value));
        if (identifier !== undefined) continue;
        identifier = str(a.value);
      }
      hidden.push({ name: a.name, value: str(a.value) });
    } else if (a.type === 'submit' && a.name === 'address') {
      const label = node.label ?? a.label;
      addresses.push({
        address: str(a.value),
        channel: addressChannel(str(a.value), label),
        label,
      });
    } else if (a.type === 'submit' && a.name === 'resend') {
      resend = { name: a.name, value: str(a.value), label: node.label ?? a.label };
    } else if (a.type === 'submit' && a.name === 'method') {
      submit = { name: a.name, value: str(a.value), label: node.label ?? a.label };
    } else if (a.name === 'code') {
      codeField = {
        name: a.name,
        required: a.required ?? true,
        messages: node.messages,
        label: node.label ?? a.label,
      };
    }
  }

  return {
    step: codeField ? 'enter-code' : 'choose',
    action: flow.action,
    hidden,
    addresses,
    identifier,
    channel: identifier === undefined ? undefined : addressChannel(identifier),
    identifiers,
    codeField,
    submit,
    resend,
    otherGroups: OTHER_FACTORS.filter((g) => nodes.some((n) => n.group === g)),
  };
}

/**
 * Who is signing in, for the screen's subtitle: the email address when the identity has one,
 * else its phone number partly masked.
 */
export function accountName(model: SecondFactorModel): string | undefined {
  const all = [...model.identifiers, ...model.addresses.map((a) => a.address)];
  const email = all.find((a) => addressChannel(a) === 'email');
  return email ?? (all[0] === undefined ? undefined : maskPhone(all[0]));
}
