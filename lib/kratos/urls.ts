// Pure URL helpers shared by the adapter and the proxy; no server-only imports so they are unit-testable.

export interface UrlContext {
  /** Where the UI server reaches Kratos (e.g. http://kratos:4433). */
  internalUrl: string;
  /** The path on the UI's origin that proxies Kratos (e.g. /kratos). */
  browserPath: string;
  /** The UI's own origin (e.g. http://127.0.0.1:3000). */
  uiOrigin: string;
}

const KRATOS_API_PATH = /\/(self-service|sessions|\.well-known\/ory)\//;

/**
 * Maps a URL that Kratos produced onto the UI's proxy path, so the browser never sees an
 * internal host. Kratos builds these from its `serve.public.base_url`; when that setting is
 * wrong (or points inside a cluster) the Kratos API part of the path still identifies them.
 * URLs that are not Kratos API URLs (return_to targets, our own pages) pass through unchanged.
 */
export function toBrowserUrl(raw: string, ctx: UrlContext): string {
  let url: URL;
  try {
    url = new URL(raw, ctx.uiOrigin);
  } catch {
    return raw;
  }
  const internal = new URL(ctx.internalUrl);
  const internalPath = internal.pathname.replace(/\/+$/, '');
  if (url.origin === internal.origin && url.pathname.startsWith(`${internalPath}/`)) {
    return `${ctx.browserPath}${url.pathname.slice(internalPath.length)}${url.search}`;
  }
  if (url.origin === ctx.uiOrigin) {
    // Already on our origin: leave our own pages and the proxy path alone.
    return `${url.pathname}${url.search}${url.hash}`;
  }
  const match = KRATOS_API_PATH.exec(url.pathname);
  if (match) {
    return `${ctx.browserPath}${url.pathname.slice(match.index)}${url.search}`;
  }
  return raw;
}

// Browsers drop tabs and newlines inside URLs, so "/\t/evil.example" would become "//evil…".
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The one check for where we may send a browser ourselves: a path on the UI's origin, given as
 * "/path?query#hash" or as an absolute URL on that origin. Anything else (other hosts, "//host",
 * "/\host", paths that only become "//host" after parsing, javascript:, relative paths, control
 * characters, very long values) gives undefined.
 */
export function sameOriginPath(raw: unknown, uiOrigin: string): string | undefined {
  if (typeof raw !== 'string' || !raw || raw.length > 2048 || CONTROL.test(raw)) return undefined;
  if (!raw.startsWith('/') && !/^https?:\/\//i.test(raw)) return undefined;
  try {
    const url = new URL(raw, uiOrigin);
    if (url.origin !== uiOrigin) return undefined;
    const p = url.pathname;
    if (!p.startsWith('/') || p.startsWith('//') || p.startsWith('/\\')) return undefined;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}
