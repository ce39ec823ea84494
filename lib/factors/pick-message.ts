import type { Notice, UiMessage, UiNode } from '@/lib/kratos/types';
import { KRATOS_MESSAGE as MSG } from '@/lib/kratos/message-ids';
import { LIMIT_MESSAGE_ID } from '@/lib/limits/message-id';

export type { Notice };

export type PickedMessage =
  { kind: 'kratos'; message: UiMessage } | { kind: 'notice'; notice: Notice } | { kind: 'none' };

export interface PickInput {
  messages: UiMessage[];
  nodes: UiNode[];
  /** Set when we restarted the flow for the user and owe them a one-line explanation. */
  notice?: Notice;
}

/**
 * Chooses the single message the second-factor screen shows:
 * a limit's message beats everything (lib/limits); then an error; then our restart notice; then "code sent"; then the
 * second-factor prompt (1010004, which wins over 1010003 when Kratos sends both);
 * then the re-authentication prompt (1010003, a refresh of a session that already is aal2).
 */
export function pickSecondFactorMessage({ messages, nodes, notice }: PickInput): PickedMessage {
  const nodeMessages = nodes.filter((n) => n.group === 'code').flatMap((n) => n.messages);
  const all = [...messages, ...nodeMessages];
  // A request the abuse limits held back: what the user just did, so it beats the rest.
  const limited = all.find((m) => m.id === LIMIT_MESSAGE_ID);
  if (limited) return { kind: 'kratos', message: limited };
  const error = all.find((m) => m.type === 'error');
  if (error) return { kind: 'kratos', message: error };
  if (notice) return { kind: 'notice', notice };
  const byId = (id: number) => all.find((m) => m.id === id);
  const chosen =
    byId(MSG.CODE_SENT) ??
    byId(MSG.CODE_SENT_V2) ??
    byId(MSG.REGISTRATION_CODE_SENT) ??
    byId(MSG.SECOND_FACTOR) ??
    byId(MSG.REFRESH) ??
    all.find((m) => m.type === 'success') ??
    all[0];
  return chosen ? { kind: 'kratos', message: chosen } : { kind: 'none' };
}
