import 'server-only';
import { z } from 'zod';

const url = z
  .string()
  .url()
  .transform((value) => value.replace(/\/+$/, ''));

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
