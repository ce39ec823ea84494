import 'server-only';
import { IdentityApi } from '@ory/client-fetch';
import { z } from 'zod';
import { env } from '@/lib/env';
import { sdkCall, sdkConfiguration, type SdkResult } from '@/lib/ory-sdk';

// Kratos's admin API, server to server only: KRATOS_ADMIN_URL is never proxied to browsers
// (the /kratos proxy relays the public API alone). Features that need it are off without it.

let api: { url: string; identities: IdentityApi } | undefined;

function identities(): IdentityApi | undefined {
  const { KRATOS_ADMIN_URL, KRATOS_TIMEOUT_MS } = env();
  if (!KRATOS_ADMIN_URL) return undefined;
  if (api?.url !== KRATOS_ADMIN_URL) {
    api = {
      url: KRATOS_ADMIN_URL,
      identities: new IdentityApi(sdkConfiguration(KRATOS_ADMIN_URL, KRATOS_TIMEOUT_MS)),
    };
  }
  return api.identities;
}

/** Is Kratos's admin API configured (KRATOS_ADMIN_URL)? */
export const adminApiEnabled = (): boolean => Boolean(env().KRATOS_ADMIN_URL);

const optionalString = z
  .unknown()
  .transform((v) => (typeof v === 'string' && v ? v : undefined))
  .optional();

const adminSession = z.object({
  id: z.string(),
  authenticated_at: optionalString,
  devices: z
    .array(z.object({ user_agent: optionalString, ip_address: optionalString }))
    .nullish()
    .transform((v) => v ?? []),
});

/** One session Kratos keeps for an identity (active or not), with the devices it was used from. */
export interface AdminSessionView {
  id: string;
  authenticatedAt?: string;
  devices: { userAgent?: string; ip?: string }[];
}

/** Every session of an identity, up to 500; undefined without the admin API or an answer. */
export async function identitySessions(
  identityId: string,
): Promise<AdminSessionView[] | undefined> {
  const admin = identities();
  if (!admin) return undefined;
  const result: SdkResult = await sdkCall('kratos', 'list identity sessions', () =>
    admin.listIdentitySessionsRaw({ id: identityId, pageSize: 500 }),
  );
  if (!result.ok) return undefined;
  const parsed = z.array(adminSession).safeParse(result.body);
  if (!parsed.success) return undefined;
  return parsed.data.map((s) => ({
    id: s.id,
    authenticatedAt: s.authenticated_at,
    devices: s.devices.map((d) => ({ userAgent: d.user_agent, ip: d.ip_address })),
  }));
}

const credentialList = z
  .array(z.object({ display_name: optionalString, added_at: optionalString }))
  .nullish()
  .transform((v) => v ?? []);

const credentials = z.object({
  password: z.object({}).passthrough().nullish(),
  totp: z.object({}).passthrough().nullish(),
  code: z.object({ identifiers: z.array(z.string()).nullish() }).nullish(),
  webauthn: z.object({ config: z.object({ credentials: credentialList }).nullish() }).nullish(),
  passkey: z.object({ config: z.object({ credentials: credentialList }).nullish() }).nullish(),
  lookup_secret: z
    .object({
      config: z
        .object({
          // Kratos v1.3.1 keeps backup codes as recovery_codes; used_at is null until used.
          recovery_codes: z
            .array(z.object({ used_at: optionalString }))
            .nullish()
            .transform((v) => v ?? []),
        })
        .nullish(),
    })
    .nullish(),
});

/** The ways an identity can sign in, as the account overview shows them (no secret leaves here). */
export interface SignInMethodsView {
  password: boolean;
  /** Addresses a sign-in code can go to. */
  codeAddresses: string[];
  totp: boolean;
  securityKeys: { name?: string; addedAt?: string }[];
  passkeys: { name?: string; addedAt?: string }[];
  /** Backup codes not used yet; undefined when none were ever set up. */
  backupCodesLeft?: number;
}

const INCLUDED = ['password', 'totp', 'code', 'webauthn', 'passkey', 'lookup_secret'];

/** An identity's sign-in methods; undefined without the admin API or an answer. */
export async function identitySignInMethods(
  identityId: string,
): Promise<SignInMethodsView | undefined> {
  const admin = identities();
  if (!admin) return undefined;
  const result = await sdkCall('kratos', 'get identity credentials', () =>
    admin.getIdentityRaw({ id: identityId, includeCredential: INCLUDED as never }),
  );
  if (!result.ok) return undefined;
  const parsed = z.object({ credentials: credentials.nullish() }).safeParse(result.body);
  if (!parsed.success) return undefined;
  const c = parsed.data.credentials ?? {};
  const keys = (list: { display_name?: string; added_at?: string }[] | undefined) =>
    (list ?? []).map((k) => ({ name: k.display_name, addedAt: k.added_at }));
  const lookup = c.lookup_secret?.config?.recovery_codes;
  return {
    password: Boolean(c.password),
    codeAddresses: c.code?.identifiers ?? [],
    totp: Boolean(c.totp),
    securityKeys: keys(c.webauthn?.config?.credentials),
    passkeys: keys(c.passkey?.config?.credentials),
    backupCodesLeft: lookup?.length
      ? lookup.filter((s) => !s.used_at || s.used_at.startsWith('0001-')).length
      : undefined,
  };
}

/** Deletes an identity (and with it its sessions). True when gone, also when already gone. */
export async function deleteIdentity(identityId: string): Promise<boolean> {
  const admin = identities();
  if (!admin) return false;
  const result = await sdkCall('kratos', 'delete identity', () =>
    admin.deleteIdentityRaw({ id: identityId }),
  );
  return result.ok || result.status === 404;
}
