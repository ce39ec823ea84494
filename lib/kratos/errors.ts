// Kratos's error ids, classified with the helpers of Ory's SDK (never compared as strings here).
import {
  isCsrfError,
  isNoActiveSession,
  isSelfServiceFlowExpiredError,
  isSessionAal1Required,
  isSessionAal2Required,
  isSessionAlreadyAvailable,
} from '@ory/client-fetch';

/** What a Kratos error means for the UI. */
export type ErrorCause =
  | 'csrf'
  | 'flow-expired'
  | 'session-already-available'
  | 'session-inactive'
  | 'aal1-required'
  | 'second-factor-owed'
  | 'other';

const CHECKS: readonly [(wrapped: unknown) => boolean, ErrorCause][] = [
  [isCsrfError, 'csrf'],
  [isSelfServiceFlowExpiredError, 'flow-expired'],
  [isSessionAlreadyAvailable, 'session-already-available'],
  [isNoActiveSession, 'session-inactive'],
  [isSessionAal1Required, 'aal1-required'],
  [isSessionAal2Required, 'second-factor-owed'],
];

/**
 * The cause behind a Kratos error id. The SDK's helpers read the API's {error: {id}} shape;
 * /self-service/errors returns the error bare, so the id is wrapped the same way for both.
 */
export function errorCause(id: string | undefined): ErrorCause {
  if (!id) return 'other';
  const wrapped = { error: { id } };
  return CHECKS.find(([is]) => is(wrapped))?.[1] ?? 'other';
}
