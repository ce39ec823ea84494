import { KRATOS_MESSAGE } from '@/lib/kratos/message-ids';
import type { FlowView, Notice } from '@/lib/kratos/types';

// Kratos message ids after which a login flow cannot go on.
const { FLOW_EXPIRED, GENERIC_ERROR: GENERIC } = KRATOS_MESSAGE;

/**
 * Why a login flow is a dead end that only a fresh flow gets out of, or undefined when it can
 * go on. Decided on message ids and the flow's own state, never on Kratos's English text:
 * - 4010001: the flow expired (Kratos puts this on a fresh flow that has lost aal=aal2);
 * - 4000001 on the code step (`sent_email`): the attempts are used up, the only generic error
 *   Kratos raises there (the 6th submission in one flow; a resend does not reset it);
 * - 4000001 on a first-factor flow while a session exists: the flow Kratos made for an expired
 *   aal2 one, which only says that a session was found.
 */
export function loginDeadEnd(
  flow: Pick<FlowView, 'messages' | 'state' | 'requestedAal'>,
  hasSession: () => Promise<boolean>,
): Promise<Exclude<Notice, 'csrf' | 'missing'> | undefined> {
  const errors = flow.messages.filter((m) => m.type === 'error');
  if (errors.some((m) => m.id === FLOW_EXPIRED)) return Promise.resolve('expired');
  if (!errors.some((m) => m.id === GENERIC)) return Promise.resolve(undefined);
  if (flow.state === 'sent_email') return Promise.resolve('attempts');
  if (flow.requestedAal === 'aal2') return Promise.resolve(undefined);
  return hasSession().then((yes) => (yes ? 'expired' : undefined));
}
