// Shared by the Devices page (app/(shell)/devices) and its form handler (./revoke).

import { readNotice, type NoticeOf } from './notices';

/** What the Devices page's CSRF tokens are bound to (lib/csrf.ts). */
export const DEVICES_CSRF_PURPOSE = 'devices';

/** The one-line outcome of a form post, carried back to /devices as `?notice=` (lib/notices.ts). */
export type DeviceNotice = NoticeOf<'devices'>;

export function asDeviceNotice(value: unknown): DeviceNotice | undefined {
  return readNotice('devices', value);
}

/** Success for a sign-out that happened; an error when nothing was signed out. */
export function noticeTone(notice: DeviceNotice): 'success' | 'error' | 'info' {
  if (notice === 'revoked' || notice === 'revoked-others') return 'success';
  if (notice === 'current') return 'info';
  return 'error';
}
