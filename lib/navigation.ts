// Leaving our origin after a form POST. Chromium applies the CSP `form-action` to every redirect
// that follows a form submission (Kratos → Hydra → the app's redirect URI), and an app's redirect
// URIs cannot be listed in advance. So the last hop off our origin is a page of ours that moves
// on by a plain navigation (meta refresh, with a link for the rare browser that ignores it).
// `form-action` stays 'self' and any registered app still receives its user; no JS is needed.

import { escapeHtml } from './escape-html';

/**
 * The one 303 of ours: to a page of ours (a relative path) after a request, never stored in
 * caches; `headers` adds to it (Retry-After, Set-Cookie).
 */
export function seeOther(
  location: string,
  headers: Record<string, string> = {},
  setCookies: readonly string[] = [],
): Response {
  const response = new Response(null, {
    status: 303,
    headers: { ...headers, location, 'cache-control': 'no-store' },
  });
  for (const cookie of setCookies) response.headers.append('set-cookie', cookie);
  return response;
}

export interface HopText {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** "Continue": the link's text and the page's title. */
  continueLabel: string;
}

/** Is this a top-level form submission whose redirects the browser checks against form-action? */
export function isFormNavigation(request: Request): boolean {
  if (request.method !== 'POST') return false;
  const mode = request.headers.get('sec-fetch-mode');
  if (mode) return mode === 'navigate';
  return (request.headers.get('accept') ?? '').includes('text/html');
}

/** A 200 page that navigates to `target` (already checked by safeRedirect). */
export function navigationHop(target: string, text: HopText, init: ResponseInit = {}): Response {
  const href = escapeHtml(target);
  const label = escapeHtml(text.continueLabel);
  const html =
    `<!doctype html><html lang="${escapeHtml(text.lang)}" dir="${text.dir}"><head>` +
    `<meta charset="utf-8"><meta name="referrer" content="strict-origin-when-cross-origin">` +
    `<meta http-equiv="refresh" content="0;url=${href}"><title>${label}</title></head>` +
    `<body><main><p><a href="${href}">${label}</a></p></main></body></html>`;
  const headers = new Headers(init.headers);
  headers.set('content-type', 'text/html; charset=utf-8');
  headers.set('cache-control', 'no-store');
  return new Response(html, { ...init, status: 200, headers });
}
