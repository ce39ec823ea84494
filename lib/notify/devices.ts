import type { AdminSessionView } from '@/lib/kratos/admin';
import { displayAddress, parseUserAgent } from '@/lib/kratos/devices-map';

// "A device this account has not used before": the browser family, the system and the address
// of a sign-in, compared with every earlier session Kratos keeps for the account (its admin API,
// active or not). Versions are left out, so a browser update is not a new device.

export interface DeviceSeen {
  userAgent?: string;
  ip?: string;
}

function deviceKey({ userAgent, ip }: DeviceSeen): string {
  const { browser, os } = parseUserAgent(userAgent);
  const family = browser?.replace(/\s+\d+$/, '') ?? '';
  return [family, os ?? '', ip ? displayAddress(ip) : ''].join('|');
}

/**
 * The devices of an account's earlier sessions (Kratos's admin API, lib/kratos/admin.ts). The
 * hook may run before or after Kratos stores the new session (its id is all zeros before), so
 * the new one is told apart by its id and by its sign-in time.
 */
export function earlierDevices(
  sessions: AdminSessionView[],
  current: { id?: string; authenticatedAt?: string },
): DeviceSeen[] {
  return sessions
    .filter((s) => s.id !== current.id && !sameSignIn(s.authenticatedAt, current.authenticatedAt))
    .flatMap((s) => s.devices);
}

function sameSignIn(at: string | undefined, current: string | undefined): boolean {
  if (!at || !current) return false;
  const a = Date.parse(at);
  const b = Date.parse(current);
  return Number.isFinite(a) && Number.isFinite(b) && a >= b - 1000;
}

/**
 * Whether this sign-in comes from a device none of the earlier sessions used. An account's
 * very first session is no news (the sign-up or first sign-in itself): false.
 */
export function isNewDevice(current: DeviceSeen, earlier: DeviceSeen[]): boolean {
  if (!earlier.length) return false;
  const key = deviceKey(current);
  return !earlier.some((d) => deviceKey(d) === key);
}
