import { brand } from '@/lib/brand';
import { BRAND_DEFAULTS } from '@/lib/brand-defaults';
import { sameOriginPath } from '@/lib/redirects';
import { env } from '@/lib/env';
import { getI18n } from '@/lib/i18n';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

// A route handler, not a page, so the answer can carry HTTP 503 (pages always render 200).
// Plain HTML with inline styles: it must render even when nothing else does. It tries the page
// again every 5 s by itself (meta refresh, no JS), so it recovers once the service is back.
export async function GET(request: Request) {
  const { t, locale, dir } = await getI18n();
  const from = sameOriginPath(new URL(request.url).searchParams.get('from'), env().UI_URL) ?? '/';
  const name = escape(brand().name);
  // The default brand's colours: this page must render even when the theme is what broke.
  const { light: L, dark: D } = BRAND_DEFAULTS.colors;
  const html = `<!doctype html>
<html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5;url=${escape(from)}">
<title>${escape(t('error.unavailable.title'))} · ${name}</title>
<style>body{font-family:system-ui,sans-serif;background:${L.background};color:${L.foreground};display:grid;place-items:center;min-height:100vh;margin:0}
main{max-width:28rem;padding:2rem;border:1px solid ${L.border};border-radius:.5rem;background:${L.surface}}a{color:${L.primary}}
@media (prefers-color-scheme:dark){body{background:${D.background};color:${D.foreground}}main{background:${D.surface};border-color:${D.border}}a{color:${D.primary}}}</style>
</head><body><main><p><strong>${name}</strong></p><h1>${escape(t('error.unavailable.title'))}</h1>
<p role="alert">${escape(t('error.unavailable.body'))}</p>
<p><a href="${escape(from)}">${escape(t('error.try-again'))}</a></p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': '5',
    },
  });
}
