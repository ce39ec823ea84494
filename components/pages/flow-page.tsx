import 'server-only';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { ErrorCard } from '@/components/layout/error-card';
import { unavailableFrom } from '@/lib/own-forms';
import { loadFlow, type FlowKind, type FlowView } from '@/lib/kratos';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Loads a flow and turns every non-flow outcome into a redirect or an error card. */
export async function withFlow(
  kind: FlowKind,
  searchParams: SearchParams,
  render: (flow: FlowView) => ReactNode | Promise<ReactNode>,
): Promise<ReactNode> {
  const outcome = await loadFlow(kind, await searchParams);
  switch (outcome.kind) {
    case 'flow':
      return render(outcome.flow);
    case 'redirect':
    case 'restart':
      redirect(outcome.to);
    case 'unavailable':
      redirect(unavailableFrom(`/${kind}`));
    case 'error':
      return <ErrorCard error={outcome.error} />;
  }
}
