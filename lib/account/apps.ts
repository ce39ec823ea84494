// The connected apps page (app/apps) and its form handler (./revoke) share this.

/** What the connected apps page's CSRF tokens are bound to (lib/csrf.ts). */
export const APPS_CSRF_PURPOSE = 'apps';
