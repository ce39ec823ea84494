import { sameOriginPath } from '@/lib/redirects';

/**
 * Where sign-out may send the browser afterwards. A path on our own origin is resolved here; an
 * absolute http(s) URL elsewhere is left for Kratos to check against `allowed_return_urls`.
 * Anything else (javascript:, protocol-relative tricks, garbage) is dropped.
 */
export function resolveLogoutReturnTo(
  raw: string | null | undefined,
  uiOrigin: string,
): string | undefined {
  if (!raw || raw.length > 2048) return undefined;
  const path = sameOriginPath(raw, uiOrigin);
  if (path) return `${uiOrigin}${path}`;
  try {
    const url = new URL(raw);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.username === '') {
      return url.toString();
    }
  } catch {
    // Not an absolute URL, and not one of our paths either.
  }
  return undefined;
}
