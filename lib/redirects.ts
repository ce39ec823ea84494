// Pure URL helpers shared by the adapter, the proxy and the routes; no server-only imports so
// they are unit-tested (including a property test over hostile URLs).

export interface UrlContext {
  /** Where the UI server reaches Kratos (e.g. http://kratos:4433). */
  internalUrl: string;
  /** The path on the UI's origin that proxies Kratos (e.g. /kratos). */
  browserPath: string;
  /** The UI's own origin (e.g. http://127.0.0.1:3000). */
  uiOrigin: string;
  /**
   * Origins besides the UI's that a browser may be sent to: Hydra's public origin, the apps in
   * Kratos's allowed_return_urls, social sign-in providers (ALLOWED_REDIRECT_ORIGINS).
   */
  allowedOrigins: readonly string[];
}

const KRATOS_API_PATH = /\/(self-service|sessions|\.well-known\/ory)\//;
// Browsers drop tabs and newlines inside URLs and trim control characters and spaces at the
// ends, so "/\t/evil.example" would become "//evil…". Such input is refused outright.
const CONTROL = /[\u0000-\u0020\u007f-\u009f]/;
const MAX_URL = 4096;

/**
 * The one check for every URL we hand a browser, whether it came from a user or from Kratos
 * (Location headers, return_to, ui.action, continue links, logout URLs): the answer is either
 * a path that a browser can only resolve on the UI's origin ("/x", never "//x" or "/\x"), or an
 * absolute http(s) URL without userinfo on an allowed origin. Anything else gives undefined.
 * Absolute URLs on the UI's own origin become paths. The answer is the parser's serialisation,
 * so a browser reads exactly what was checked.
 */
export function safeRedirect(
  raw: unknown,
  ctx: Pick<UrlContext, 'uiOrigin' | 'allowedOrigins'>,
): string | undefined {
  if (typeof raw !== 'string' || !raw || raw.length > MAX_URL || CONTROL.test(raw)) {
    return undefined;
  }
  const relative = raw.startsWith('/');
  if (!relative && !/^https?:\/\//i.test(raw)) return undefined;
  // "//host" and "/\host" are absolute URLs to a browser, whatever they look like.
  if (relative && (raw.startsWith('//') || raw.startsWith('/\\'))) return undefined;
  let url: URL;
  try {
    url = new URL(raw, ctx.uiOrigin);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.origin === ctx.uiOrigin) {
    const path = url.pathname;
    // "http://ui//evil.example/" is on our origin, but its bare path is not.
    if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return undefined;
    return `${path}${url.search}${url.hash}`;
  }
  if (relative) return undefined;
  return ctx.allowedOrigins.includes(url.origin) ? url.href : undefined;
}

/** Like safeRedirect, but only paths on the UI's own origin pass. */
export function sameOriginPath(raw: unknown, uiOrigin: string): string | undefined {
  return safeRedirect(raw, { uiOrigin, allowedOrigins: [] });
}

/**
 * Maps a URL that Kratos produced onto the UI's proxy path, so the browser never sees an
 * internal host, then applies the one check (safeRedirect). Kratos builds these from its
 * `serve.public.base_url`; when that setting is wrong (or points inside a cluster) the Kratos
 * API part of the path still identifies them. Other URLs (return_to targets, our own pages,
 * Hydra) must pass the check as they are; undefined means the browser must not go there.
 */
export function toBrowserUrl(raw: string, ctx: UrlContext): string | undefined {
  let url: URL;
  try {
    url = new URL(raw, ctx.uiOrigin);
  } catch {
    return undefined;
  }
  const internal = new URL(ctx.internalUrl);
  const internalPath = internal.pathname.replace(/\/+$/, '');
  if (url.origin === internal.origin && url.pathname.startsWith(`${internalPath}/`)) {
    return safeRedirect(
      `${ctx.browserPath}${url.pathname.slice(internalPath.length)}${url.search}`,
      ctx,
    );
  }
  if (url.origin !== ctx.uiOrigin && !ctx.allowedOrigins.includes(url.origin)) {
    const match = KRATOS_API_PATH.exec(url.pathname);
    if (match) {
      return safeRedirect(`${ctx.browserPath}${url.pathname.slice(match.index)}${url.search}`, ctx);
    }
  }
  return safeRedirect(raw, ctx);
}

/**
 * Rewrites every string in a Kratos JSON document that starts with Kratos's internal URL onto
 * the UI's public proxy URL (request_url of flows started server-side, ui.action, ...), so API
 * clients of the proxy never learn the internal host.
 */
export function rewriteInternalUrls(value: unknown, ctx: UrlContext): unknown {
  const prefix = `${ctx.internalUrl.replace(/\/+$/, '')}/`;
  const target = `${ctx.uiOrigin}${ctx.browserPath}/`;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.startsWith(prefix) ? target + v.slice(prefix.length) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value);
}

/** The origins in a space- or comma-separated list; anything that is not an origin is dropped. */
export function parseOrigins(list: string | undefined): string[] {
  const out: string[] = [];
  for (const item of (list ?? '').split(/[\s,]+/)) {
    if (!item) continue;
    try {
      const url = new URL(item);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !out.includes(url.origin)) {
        out.push(url.origin);
      }
    } catch {
      // Not a URL: ignored (env validation reports it).
    }
  }
  return out;
}
