// Every `?notice=` the UI sends, in one place: one vocabulary per page that reads it, so a page
// only shows the notices meant for it and a typo does not compile.
const NOTICES = {
  /** A flow page: why we started the flow over (lib/kratos/restart.ts decides). */
  restart: ['expired', 'attempts', 'csrf', 'missing'],
  /** The consent and logout pages: our form's CSRF check failed, nothing was decided. */
  ownForm: ['csrf'],
  /** The start page: the user kept their session when an app asked to sign them out. */
  home: ['logout-cancelled'],
  /** The Devices page: what its form post did. */
  devices: ['revoked', 'revoked-others', 'csrf', 'not-found', 'current'],
  /** The connected apps page: what its form post did. */
  apps: ['revoked', 'revoked-all', 'csrf', 'not-found', 'failed'],
  /** The delete-account page: why nothing was deleted. */
  deleteAccount: ['csrf', 'confirm', 'failed'],
} as const;

export type NoticePage = keyof typeof NOTICES;
export type NoticeOf<P extends NoticePage> = (typeof NOTICES)[P][number];

/** The notice named by a query value, if it is one this page shows. */
export function readNotice<P extends NoticePage>(page: P, value: unknown): NoticeOf<P> | undefined {
  return (NOTICES[page] as readonly NoticeOf<P>[]).find((n) => n === value);
}

/** A path of ours (it may have a query) with this page's notice, and any extra parameters. */
export function withNotice<P extends NoticePage>(
  path: string,
  page: P,
  notice: NoticeOf<P>,
  extra: Record<string, string> = {},
): string {
  void page; // names the vocabulary for the type checker only
  const url = new URL(path, 'http://ui.invalid');
  url.searchParams.set('notice', notice);
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}

/**
 * How a notice reads: a change that happened is good news, a pointer elsewhere is information,
 * anything else went wrong (nothing was changed).
 */
export function noticeTone(notice: string): 'success' | 'info' | 'error' {
  if (['revoked', 'revoked-others', 'revoked-all', 'logout-cancelled'].includes(notice)) {
    return 'success';
  }
  return notice === 'current' ? 'info' : 'error';
}
