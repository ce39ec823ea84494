import 'server-only';
import { env } from '@/lib/env';
import { sdkConfiguration } from '@/lib/ory-sdk';
import { gatedFetch } from './write-gate';

// The one place the SQLite write queue (write-gate.ts) is installed: every call to Kratos's
// public API, through the SDK or the /kratos proxy, goes through this fetch.
export const kratosFetch: typeof fetch = gatedFetch((input, init) => fetch(input, init));

/** SDK configuration for Kratos's public API. */
export function kratosConfiguration() {
  const { KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS } = env();
  return sdkConfiguration(KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS, kratosFetch);
}
