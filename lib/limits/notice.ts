// The way back to a flow's page after a limit held a form back, and what that page then says.
// Pure: the proxy builds the URL, withFlow reads it.
import type { Limited, LimitReason } from './index';
import { maskAddress } from '@/lib/factors/factors';

export { LIMIT_MESSAGE_ID } from './message-id';

const PAGES = new Set(['login', 'registration', 'recovery', 'verification', 'settings']);
const REASONS = new Set<LimitReason>(['address', 'client', 'password']);

/** Our flow page for `flow` with the held-back notice: `?flow=…&limit=address&retry=25&to=j…@x`. */
export function limitedFlowUrl(
  flow: string | undefined,
  flowId: string | null,
  limited: Limited,
): string {
  const page = flow && PAGES.has(flow) ? `/${flow}` : '/';
  const q = new URLSearchParams();
  if (flowId) q.set('flow', flowId);
  q.set('limit', limited.reason);
  q.set('retry', String(limited.retryAfterSeconds));
  if (limited.reason === 'address' && limited.target) q.set('to', maskAddress(limited.target));
  return `${page}?${q}`;
}

export interface LimitNotice {
  reason: LimitReason;
  retryAfterSeconds: number;
  /** The masked address ("j…@example.org"), when the limit was about one. */
  to?: string;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The notice in a page's query, or undefined; anything malformed is no notice. */
export function asLimitNotice(
  query: Record<string, string | string[] | undefined>,
): LimitNotice | undefined {
  const reason = one(query.limit) as LimitReason | undefined;
  const retry = Number(one(query.retry));
  if (!reason || !REASONS.has(reason) || !Number.isInteger(retry) || retry < 1 || retry > 86_400)
    return undefined;
  const to = one(query.to);
  // Only what maskAddress makes: a first character, an ellipsis and at most a domain.
  const masked = to && to.length <= 100 && /^[^\s<>]…(@[^\s<>@]+)?$/u.test(to) ? to : undefined;
  return { reason, retryAfterSeconds: retry, ...(masked ? { to: masked } : {}) };
}
