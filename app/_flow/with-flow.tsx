import 'server-only';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { ErrorCard } from '@/components/layout/error-card';
import { unavailableFrom } from '@/lib/own-forms';
import { loadFlow, type FlowKind, type FlowView } from '@/lib/kratos';
import { asNotice, type Notice, type UiMessage } from '@/lib/kratos/types';
import { getI18n } from '@/lib/i18n';
import { asLimitNotice, LIMIT_MESSAGE_ID, type LimitNotice } from '@/lib/limits/notice';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What a flow page gets besides its flow. */
export interface FlowPageContext {
  /** Why we started the flow over for the user, to be told in one line. */
  notice?: Notice;
}

/**
 * The one place a page's flow outcome is acted on: a flow is rendered, a restart or redirect is followed, an outage goes to the 503
 * page that comes back here, and an error becomes the error card. What counts as a restart
 * (expired, CSRF, attempts used up, ...) is decided by the adapter, lib/kratos.
 */
export async function withFlow(
  kind: FlowKind,
  searchParams: SearchParams,
  render: (flow: FlowView, page: FlowPageContext) => ReactNode | Promise<ReactNode>,
): Promise<ReactNode> {
  const query = await searchParams;
  const outcome = await loadFlow(kind, query);
  switch (outcome.kind) {
    case 'flow': {
      const limit = asLimitNotice(query);
      const flow = limit
        ? { ...outcome.flow, messages: [await limitMessage(limit), ...outcome.flow.messages] }
        : outcome.flow;
      return render(flow, { notice: asNotice(query.notice) });
    }
    case 'redirect':
    case 'restart':
      redirect(outcome.to);
    case 'unavailable':
      redirect(unavailableFrom(`/${kind}`));
    case 'error':
      return <ErrorCard error={outcome.error} />;
  }
}

/**
 * A form the abuse limits held back (lib/limits) comes back to its flow, which Kratos never saw:
 * one message first among the flow's, in the user's language, says what happened and when to try
 * again ("We sent a code to j…@example.org a moment ago. You can ask for another in 25 seconds.").
 */
async function limitMessage(limit: LimitNotice): Promise<UiMessage> {
  const { t, locale } = await getI18n();
  const minutes = limit.retryAfterSeconds >= 120;
  const wait = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: minutes ? 'minute' : 'second',
    unitDisplay: 'long',
  }).format(minutes ? Math.ceil(limit.retryAfterSeconds / 60) : limit.retryAfterSeconds);
  const text =
    limit.reason === 'address'
      ? limit.to
        ? t('limits.address-to', { address: limit.to, wait })
        : t('limits.address', { wait })
      : t(`limits.${limit.reason}`, { wait });
  return { id: LIMIT_MESSAGE_ID, type: 'info', text };
}
