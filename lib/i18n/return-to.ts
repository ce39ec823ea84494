// Where the language switcher may send the browser back to: a path on this site, nothing else.

const BASE = 'http://return-to.invalid';
const MAX_LENGTH = 2048;
// Browsers drop tabs and newlines inside URLs, so "/\t/evil.example" would become "//evil…".
const CONTROL = /[\u0000-\u001f\u007f]/;

const isSiteRelativePath = (p: string) =>
  p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/\\');

/**
 * `value` when it is a same-origin path ("/login?flow=…"), normalised; otherwise "/".
 * Rejects absolute and protocol-relative URLs ("//host", "/\host") and anything that
 * only becomes one after URL parsing ("/.//host").
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH || CONTROL.test(value)) return '/';
  if (!isSiteRelativePath(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  return isSiteRelativePath(path) ? path : '/';
}
