import 'server-only';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import type { Classified } from './classify';
import { limiter } from './store';

export { bodyFields, classify, normalizeTarget, type Classified } from './classify';

/**
 * Why a request was held back: `address`, a message went to this address a moment ago (or too
 * many lately); `client`, this client asked for too many messages; `password`, too many
 * passwords from this client, or wrong ones for this account.
 */
export type LimitReason = 'address' | 'client' | 'password';

export interface Limited {
  reason: LimitReason;
  /** Whole seconds until the same request would pass. */
  retryAfterSeconds: number;
  /** The address a message was held back for. */
  target?: string;
}

interface Limiters {
  addressInterval?: RateLimiterAbstract;
  addressWindow: RateLimiterAbstract;
  client: RateLimiterAbstract;
  passwordClient: RateLimiterAbstract;
  passwordFailures: RateLimiterAbstract;
  passwordWait: RateLimiterAbstract;
}

let limiters: Limiters | undefined;

function get(): Limiters {
  if (limiters) return limiters;
  const e = env();
  limiters = {
    addressInterval:
      e.RATE_LIMIT_ADDRESS_INTERVAL_SECONDS > 0
        ? limiter('addr-interval', { points: 1, duration: e.RATE_LIMIT_ADDRESS_INTERVAL_SECONDS })
        : undefined,
    addressWindow: limiter('addr-window', {
      points: e.RATE_LIMIT_ADDRESS_MAX,
      duration: e.RATE_LIMIT_ADDRESS_WINDOW_SECONDS,
    }),
    client: limiter('client-messages', {
      points: e.RATE_LIMIT_CLIENT_MAX,
      duration: e.RATE_LIMIT_CLIENT_WINDOW_SECONDS,
    }),
    passwordClient: limiter('pw-client', {
      points: e.RATE_LIMIT_LOGIN_CLIENT_MAX,
      duration: e.RATE_LIMIT_LOGIN_CLIENT_WINDOW_SECONDS,
    }),
    // Wrong passwords per account and client, remembered for a day; `passwordWait` holds the
    // wait each one past the free ones adds.
    passwordFailures: limiter('pw-failures', { points: 1_000_000, duration: 86_400 }),
    passwordWait: limiter('pw-wait', { points: 1, duration: 1 }),
  };
  return limiters;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Takes one point; the time to wait when there was none left. */
async function take(l: RateLimiterAbstract, key: string): Promise<number | undefined> {
  try {
    await l.consume(key);
    return undefined;
  } catch (res) {
    if (res instanceof RateLimiterRes) return seconds(res.msBeforeNext);
    throw res;
  }
}

/** Never a 5xx for a limit: a store that fails (both Redis and memory) lets the request pass. */
async function failOpen<T>(what: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (err) {
    logger.warn('limits: check failed, request let through', { what, error: String(err) });
    return undefined;
  }
}

/** A message to `target` from `client`: undefined when it may go, or why it may not yet. */
export function limitMessage(target: string, client: string): Promise<Limited | undefined> {
  return failOpen('message', async () => {
    const l = get();
    for (const [reason, store, key] of [
      ['address', l.addressInterval, target],
      ['address', l.addressWindow, target],
      ['client', l.client, client],
    ] as const) {
      if (!store) continue;
      const wait = await take(store, key);
      if (wait !== undefined) return { reason, retryAfterSeconds: wait, target };
    }
    return undefined;
  });
}

const passwordKey = (identifier: string, client: string) => `${identifier}|${client}`;

/** A password attempt for `identifier` from `client`: undefined when it may be tried now. */
export function limitPassword(identifier: string, client: string): Promise<Limited | undefined> {
  return failOpen('password', async () => {
    const l = get();
    const held = await l.passwordWait.get(passwordKey(identifier, client));
    if (held && held.consumedPoints > 1)
      return { reason: 'password', retryAfterSeconds: seconds(held.msBeforeNext) };
    const wait = await take(l.passwordClient, client);
    return wait === undefined ? undefined : { reason: 'password', retryAfterSeconds: wait };
  });
}

/**
 * Kratos's answer to a password: a right one forgets the account's failures from this client;
 * each wrong one past RATE_LIMIT_LOGIN_FREE_FAILURES makes the next try wait twice as long
 * (1 s, 2 s, 4 s, … up to RATE_LIMIT_LOGIN_MAX_WAIT_SECONDS).
 */
export async function recordPassword(
  identifier: string,
  client: string,
  succeeded: boolean,
): Promise<void> {
  await failOpen('password result', async () => {
    const l = get();
    const key = passwordKey(identifier, client);
    if (succeeded) {
      await Promise.all([l.passwordFailures.delete(key), l.passwordWait.delete(key)]);
      return;
    }
    const { consumedPoints } = await l.passwordFailures.consume(key);
    const { RATE_LIMIT_LOGIN_FREE_FAILURES: free, RATE_LIMIT_LOGIN_MAX_WAIT_SECONDS: max } = env();
    if (consumedPoints >= free)
      await l.passwordWait.block(key, Math.min(max, 2 ** (consumedPoints - free)));
  });
}

/** The limits that apply to a classified request before it reaches Kratos. */
export async function limitFor(
  request: Classified,
  client: string,
  newAddresses: () => Promise<string[]>,
): Promise<Limited | undefined> {
  switch (request.kind) {
    case 'message':
      return limitMessage(request.target, client);
    case 'password':
      return limitPassword(request.identifier, client);
    case 'profile': {
      for (const address of await newAddresses()) {
        const limited = await limitMessage(address, client);
        if (limited) return limited;
      }
      return undefined;
    }
    case 'none':
      return undefined;
  }
}
