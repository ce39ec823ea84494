import type { FlowView, Notice, UiMessage, UiNode } from '@/lib/kratos/types';
import { KRATOS_MESSAGE as M } from '@/lib/kratos/message-ids';
import { LIMIT_MESSAGE_ID } from '@/lib/limits/message-id';

/** The second factors a Kratos aal2 login flow can offer, by their node group. */
const FACTORS = ['totp', 'webauthn', 'passkey', 'code', 'lookup_secret'] as const;
export type Factor = (typeof FACTORS)[number];

export function isFactor(value: unknown): value is Factor {
  return (FACTORS as readonly unknown[]).includes(value);
}

// The order a screen opens in when nothing else decides: the user's own devices first, then the
// email code. A backup code is never the default (it is there for when the others are out of reach).
const DEFAULT_ORDER: readonly Factor[] = ['totp', 'webauthn', 'passkey', 'code'];

// Flow-level messages that belong to one factor (Kratos text ids). Node-level messages belong
// to their node's group.
const MESSAGE_FACTOR: Record<number, Factor> = {
  [M.TOTP_INVALID]: 'totp',
  [M.BACKUP_CODE_USED]: 'lookup_secret',
  [M.NO_BACKUP_CODES]: 'lookup_secret',
  [M.BACKUP_CODE_INVALID]: 'lookup_secret',
  [M.NO_WEBAUTHN]: 'webauthn',
  [M.NO_SECURITY_KEY]: 'webauthn',
  [M.LOGIN_CODE_INVALID]: 'code',
  [M.ADDRESS_NOT_ON_IDENTITY]: 'code',
  [M.CODE_SENT]: 'code',
  [M.CODE_SENT_V2]: 'code',
  [M.REGISTRATION_CODE_SENT]: 'code',
  [M.REGISTRATION_CODE_INVALID]: 'code',
};

/** The factor a message is about; undefined for the screen's general messages (1010004, ...). */
function messageFactor(message: UiMessage): Factor | undefined {
  return MESSAGE_FACTOR[message.id];
}

const isUsable = (n: UiNode) => n.attributes.nodeType === 'input' && n.attributes.type !== 'hidden';

/** The factors this flow offers, in the default order (backup codes last). */
export function availableFactors(nodes: UiNode[]): Factor[] {
  return FACTORS.filter((f) => nodes.some((n) => n.group === f && isUsable(n))).sort(
    (a, b) => rank(a) - rank(b),
  );
}

const rank = (f: Factor) => {
  const i = DEFAULT_ORDER.indexOf(f);
  return i === -1 ? DEFAULT_ORDER.length : i;
};

export interface StepInput {
  nodes: UiNode[];
  messages: UiMessage[];
  /** `?method=` on the page: the user picked it under "Use another method". */
  requested?: string;
  /** The factor last used in this browser (see remember.ts). */
  remembered?: string;
  notice?: Notice;
}

/**
 * Which factor the screen opens on: the one the user picked under "Use another method" (a link
 * to `?method=`); else the one an error is about (Kratos sends a failed post back to the flow
 * without our parameter, and errors land on the step that caused them); else the email code once it was sent (Kratos then
 * offers nothing else) or after its attempts ran out; else the one last used in this browser;
 * else the user's own device (authenticator app, security key, passkey) before the email code.
 */
export function chooseFactor({
  nodes,
  messages,
  requested,
  remembered,
  notice,
}: StepInput): Factor {
  const available = availableFactors(nodes);
  const offered = (f: unknown): f is Factor => isFactor(f) && available.includes(f);
  if (offered(requested)) return requested;
  const nodeErrors = nodes.filter((n) => n.messages.some((m) => m.type === 'error'));
  const errorFactor =
    messages
      .filter((m) => m.type === 'error')
      .map(messageFactor)
      .find(offered) ?? nodeErrors.map((n) => n.group).find(offered);
  if (errorFactor) return errorFactor;
  // A code was held back by the limits (lib/limits): the code step says when to ask again.
  const limited = messages.some((m) => m.id === LIMIT_MESSAGE_ID);
  if (codeSent(nodes) || notice === 'attempts' || limited) {
    if (offered('code')) return 'code';
  }
  if (offered(remembered) && remembered !== 'lookup_secret') return remembered;
  return available[0] ?? 'code';
}

/** Kratos sent a code and asks for it (state sent_email: the code group has its `code` field). */
function codeSent(nodes: UiNode[]): boolean {
  return nodes.some(
    (n) => n.group === 'code' && n.attributes.nodeType === 'input' && n.attributes.name === 'code',
  );
}

/** The messages a factor's step shows: the general ones and its own, never another factor's. */
export function messagesFor(factor: Factor, messages: UiMessage[]): UiMessage[] {
  return messages.filter((m) => {
    const owner = messageFactor(m);
    return owner === undefined || owner === factor;
  });
}

/** "j…@example.org": enough to tell addresses apart without spelling one out. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return address.length > 2 ? `${address.slice(0, 1)}…` : address;
  return `${address.slice(0, 1)}…${address.slice(at)}`;
}

/**
 * A factor's flow-level errors (Kratos puts "the authentication code is invalid" in
 * ui.messages) moved onto that factor's own text field, so the error is tied to the field it is
 * about. Factors without a field (security key) keep them as messages.
 */
export function moveErrorsToField(
  factor: Factor,
  nodes: UiNode[],
  messages: UiMessage[],
): { nodes: UiNode[]; messages: UiMessage[] } {
  if (factor === 'code') return { nodes, messages };
  const field = nodes.find(
    (n) =>
      n.group === factor &&
      n.attributes.nodeType === 'input' &&
      ['text', 'number', 'password'].includes(n.attributes.type),
  );
  const own = messages.filter((m) => m.type === 'error' && messageFactor(m) === factor);
  if (!field || !own.length) return { nodes, messages };
  return {
    nodes: nodes.map((n) => (n === field ? { ...n, messages: [...n.messages, ...own] } : n)),
    messages: messages.filter((m) => !own.includes(m)),
  };
}

/** A first-factor flow (passwordless email code) that waits for the code the user was sent. */
export function awaitsEmailCode(flow: Pick<FlowView, 'nodes'>): boolean {
  return codeSent(flow.nodes);
}
