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
