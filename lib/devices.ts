// Shared by the Devices page (app/devices) and its form handler (app/devices/revoke).

/** What the Devices page's CSRF tokens are bound to (lib/csrf.ts). */
export const DEVICES_CSRF_PURPOSE = 'devices';

/** The one-line outcome of a form post, carried back to /devices as `?notice=`. */
const DEVICE_NOTICES = ['revoked', 'revoked-others', 'csrf', 'not-found', 'current'] as const;
export type DeviceNotice = (typeof DEVICE_NOTICES)[number];

export function asDeviceNotice(value: unknown): DeviceNotice | undefined {
  return DEVICE_NOTICES.find((n) => n === value);
}

/** Success for a sign-out that happened; an error when nothing was signed out. */
export function noticeTone(notice: DeviceNotice): 'success' | 'error' | 'info' {
  if (notice === 'revoked' || notice === 'revoked-others') return 'success';
  if (notice === 'current') return 'info';
  return 'error';
}
