import 'server-only';
import { z } from 'zod';
import { parseOrigins } from '@/lib/redirects';

const url = z
  .string()
  .url()
  .transform((value) => value.replace(/\/+$/, ''));
const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), url.optional());

const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.string().trim().optional(),
);

const origins = z
  .string()
  .default('')
  .superRefine((value, ctx) => {
    const bad = value.split(/[\s,]+/).filter((item) => item && parseOrigins(item).length === 0);
    if (bad.length) ctx.addIssue({ code: 'custom', message: `not an origin: ${bad.join(', ')}` });
  })
  .transform(parseOrigins);

const schema = z.object({
  /** Where this server reaches Kratos's public API (may be an internal host). */
  KRATOS_PUBLIC_URL: url.default('http://127.0.0.1:4433'),
  /** The path on the UI's own origin under which browsers reach Kratos's public API. */
  KRATOS_BROWSER_PATH: z
    .string()
    .regex(/^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/, 'must be a path like /kratos')
    .default('/kratos'),
  /** The UI's own public origin, used to validate return_to and Origin headers. */
  UI_URL: url.default('http://127.0.0.1:3000'),
  /** Per-call timeout for requests to Kratos. */
  KRATOS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  /** At most this many writing calls to Kratos at once (0: no limit); see write-gate.ts. */
  KRATOS_MAX_CONCURRENT_WRITES: z.coerce.number().int().min(0).max(1000).default(0),
  /** Hydra's admin API, server to server (login, consent and logout challenges). Optional. */
  HYDRA_ADMIN_URL: optionalUrl,
  /** Hydra's public origin: where the browser goes after a challenge is accepted. */
  HYDRA_PUBLIC_URL: optionalUrl,
  /** Per-call timeout for requests to Hydra's admin API. */
  HYDRA_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(2000),
  /**
   * Origins besides the UI's and Hydra's that the UI may send a browser to: apps in Kratos's
   * allowed_return_urls and social sign-in providers. Space- or comma-separated.
   */
  ALLOWED_REDIRECT_ORIGINS: origins,
  /**
   * How many reverse proxies in front of the UI to trust for X-Forwarded-For/-Proto/-Host.
   * 0 (the default) trusts none: the address the server saw is the client's.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** CSP frame-ancestors sources (default 'none'). */
  CSP_FRAME_ANCESTORS: z.string().optional(),
  /** Extra CSP form-action sources (rarely needed: off-origin hops are plain navigations). */
  CSP_FORM_ACTION: z.string().optional(),
  /** A JSON theme file (see brand/example.json), read at run time. */
  BRAND_THEME: optionalText,
  /** Override the theme's product name and logo. */
  BRAND_NAME: optionalText,
  BRAND_LOGO_URL: optionalText,
  /**
   * Redis for state shared by every UI process (the abuse limits' counters), e.g.
   * redis://:password@redis:6379/0. Unset: each process counts in its own memory.
   */
  REDIS_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
  /** One address gets no two messages (codes, recovery, verification) within this many seconds (0: off). */
  RATE_LIMIT_ADDRESS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(30),
  /** …and at most this many within RATE_LIMIT_ADDRESS_WINDOW_SECONDS. */
  RATE_LIMIT_ADDRESS_MAX: z.coerce.number().int().min(1).max(1_000_000).default(5),
  RATE_LIMIT_ADDRESS_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** One client address asks for at most this many messages within the window, across addresses. */
  RATE_LIMIT_CLIENT_MAX: z.coerce.number().int().min(1).max(1_000_000).default(30),
  RATE_LIMIT_CLIENT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /** Wrong passwords per identifier and client before each further try must wait (1 s, 2 s, 4 s, …). */
  RATE_LIMIT_LOGIN_FREE_FAILURES: z.coerce.number().int().min(1).max(1_000_000).default(5),
  /** The longest of those waits. */
  RATE_LIMIT_LOGIN_MAX_WAIT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** One client address tries at most this many passwords within the window, on any account. */
  RATE_LIMIT_LOGIN_CLIENT_MAX: z.coerce.number().int().min(1).max(1_000_000).default(100),
  RATE_LIMIT_LOGIN_CLIENT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  // Security notifications (docs/notifications.md).
  /**
   * The shared secret Kratos's notification web hooks send (X-Notify-Secret). Unset: the
   * endpoint refuses every request and no notification goes out.
   */
  NOTIFY_WEBHOOK_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(16, 'must be at least 16 characters').optional(),
  ),
  /** The SMTP server of the notification mail (the one Kratos's courier uses), e.g. smtps://user:pass@host:465. */
  SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  /** The notification mail's sender, e.g. "Acme <security@example.com>". */
  MAIL_FROM: optionalText,
  /** Notification events that stay off, space- or comma-separated (e.g. new-device). */
  NOTIFY_DISABLED_EVENTS: z
    .string()
    .default('')
    .transform((v) => v.split(/[\s,]+/).filter(Boolean)),
  /**
   * Kratos's admin API, server to server (never reachable from browsers). The new-device
   * notification reads an account's earlier sessions there; unset, that one stays off.
   */
  KRATOS_ADMIN_URL: optionalUrl,
  /**
   * Kratos's privileged_session_max_age in seconds (selfservice.flows.settings): deleting the
   * account asks for a sign-in at most this old (kratos/kratos.yml sets 15m).
   */
  PRIVILEGED_SESSION_MAX_AGE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  NODE_ENV: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** The validated environment, read once at run time (never inlined at build time). */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}\nSee .env.example.`);
  }
  cached = parsed.data;
  return cached;
}
