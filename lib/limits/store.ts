import 'server-only';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type IRateLimiterOptions,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';

// Where the limits count. With REDIS_URL, in Redis, shared by every UI process; each limiter has
// an in-memory twin as its insurance, so when Redis is down the limits still hold per process and
// nobody's sign-in waits on Redis (see docs/limits.md).

// One connection per process, kept on globalThis: Next bundles instrumentation.ts apart from the
// routes, and the connection it opens at start-up must be the one the routes use.
const shared = globalThis as { uiLimitsRedis?: Redis | null };

function client(): Redis | undefined {
  if (shared.uiLimitsRedis !== undefined) return shared.uiLimitsRedis ?? undefined;
  const url = env().REDIS_URL;
  if (!url) {
    shared.uiLimitsRedis = null;
    return undefined;
  }
  let up = true;
  const redis = new Redis(url, {
    // A command while Redis is away fails at once (and the memory twin answers) instead of
    // queueing behind a sign-in.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    commandTimeout: 500,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  redis.on('ready', () => {
    if (!up) logger.info('limits: redis is back');
    up = true;
  });
  redis.on('error', (err: Error) => {
    // Once per outage; the URL may carry a password, so only the error's kind is logged.
    if (up) logger.warn('limits: redis unavailable, counting in memory', { error: err.name });
    up = false;
  });
  shared.uiLimitsRedis = redis;
  return redis;
}

/**
 * Connects to Redis at server start (instrumentation.ts), so the first requests already count
 * there: a command sent before the connection is up would be counted in memory instead. Waits at
 * most `timeoutMs`; without Redis, the server starts anyway and the memory twins count.
 */
export async function connectLimitStore(timeoutMs = 3000): Promise<void> {
  const store = client();
  if (!store || store.status === 'ready') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      store.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    store.once('ready', done);
  });
}

/** A limiter in Redis (with its in-memory insurance) or, without REDIS_URL, in memory. */
export function limiter(keyPrefix: string, opts: IRateLimiterOptions): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ ...opts, keyPrefix });
  const store = client();
  if (!store) return memory;
  return new RateLimiterRedis({
    ...opts,
    keyPrefix: `ui-limits:${keyPrefix}`,
    storeClient: store,
    insuranceLimiter: memory,
  });
}
