import { brandStylesheet } from '@/lib/brand';

// The brand tokens (lib/brand.ts). Its address carries the content's hash, so a browser keeps it
// for good; another theme is another address.
export function GET(request: Request) {
  const { css, href } = brandStylesheet();
  const current = new URL(request.url).search === href.slice(href.indexOf('?'));
  return new Response(css, {
    headers: {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}
