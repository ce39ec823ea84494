// The connected apps page (app/(shell)/apps) and its form handler (./revoke) share these.
import { readNotice, type NoticeOf } from '@/lib/notices';

/** What the connected apps page's CSRF tokens are bound to (lib/csrf.ts). */
export const APPS_CSRF_PURPOSE = 'apps';

export type AppsNotice = NoticeOf<'apps'>;

export const asAppsNotice = (value: unknown): AppsNotice | undefined => readNotice('apps', value);

export const appsNoticeTone = (notice: AppsNotice): 'success' | 'error' =>
  notice === 'revoked' || notice === 'revoked-all' ? 'success' : 'error';
