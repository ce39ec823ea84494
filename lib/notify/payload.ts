import { z } from 'zod';

// What Kratos posts to /api/notify/<hook>: the body kratos/notify.jsonnet builds from the
// hook's context (captured from the real Kratos v1.3.1 in lib/notify/captured/).

const text = z.string().max(2000);
const nullableText = text.nullish().transform((v) => v ?? undefined);

export const hookPayload = z.object({
  identity_id: z.string().uuid(),
  /** The account's email addresses now (verifiable and recovery addresses). */
  addresses: z.array(z.string().email().max(320)).max(50),
  /** Settings hooks: the addresses when the settings flow started. */
  previous_addresses: z
    .array(z.string().email().max(320))
    .max(50)
    .nullish()
    .transform((v) => v ?? undefined),
  /** The page's language, from the flow's transient_payload (the UI sends it with every form). */
  locale: nullableText,
  accept_language: nullableText,
  user_agent: nullableText,
  ip_address: nullableText,
  location: nullableText,
  session: z
    .object({
      id: z.string().uuid(),
      authenticated_at: z.string().max(64).nullish(),
      methods: z.array(z.string().max(64)).max(20),
    })
    .nullish()
    .transform((v) => v ?? undefined),
  settings: z
    .object({
      /** The submit buttons of the settings page after the change. */
      buttons: z.array(z.string().max(200)).max(200),
      /** Each remaining security key (group webauthn) and passkey, with when it was added. */
      keys: z
        .array(z.object({ group: z.string().max(64), added_at: z.string().max(64).nullish() }))
        .max(200),
    })
    .nullish()
    .transform((v) => v ?? undefined),
});

export type HookPayload = z.infer<typeof hookPayload>;

/** The hooks kratos/kratos.yml attaches, by the path after /api/notify/. */
const HOOKS = [
  'login',
  'recovery',
  'settings/password',
  'settings/totp',
  'settings/webauthn',
  'settings/passkey',
  'settings/lookup_secret',
  'settings/profile',
] as const;

export type Hook = (typeof HOOKS)[number];

export const isHook = (value: string): value is Hook =>
  (HOOKS as readonly string[]).includes(value);
