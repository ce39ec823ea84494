import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import type { ChallengeOutcome } from '@/lib/hydra/types';
import { unavailableFrom } from '@/lib/own-forms';
import { OAuth2ErrorCard } from './oauth2-error-card';

/**
 * A Hydra challenge a page cannot show: Hydra down → the 503 page (which comes back to `here`),
 * already handled → where Hydra says, unknown or not configured → a clear card.
 */
export function UnusableChallenge<T>({
  outcome,
  here,
}: {
  outcome: Exclude<ChallengeOutcome<T>, { kind: 'request' }>;
  here: string;
}): ReactNode {
  if (outcome.kind === 'unavailable') redirect(unavailableFrom(here));
  if (outcome.kind === 'handled') redirect(outcome.redirectTo);
  return <OAuth2ErrorCard problem={outcome.kind === 'disabled' ? 'disabled' : 'invalid'} />;
}
