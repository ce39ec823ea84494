// Shared by the Devices page (app/devices) and its form handler (./revoke).

import type { NoticeOf } from './notices';

/** What the Devices page's CSRF tokens are bound to (lib/csrf.ts). */
export const DEVICES_CSRF_PURPOSE = 'devices';

/** The one-line outcome of a form post, carried back to /devices as `?notice=` (lib/notices.ts). */
export type DeviceNotice = NoticeOf<'devices'>;
