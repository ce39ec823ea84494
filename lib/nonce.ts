import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';

/** The per-request CSP nonce set by proxy.ts, read once per render where a script needs it. */
export const cspNonce = cache(
  async (): Promise<string | undefined> => (await headers()).get('x-nonce') ?? undefined,
);
