import type { NextRequest } from 'next/server';
import { LOCALE_COOKIE, supportedLocales } from '@/lib/i18n';
import { matchLocale } from '@/lib/i18n/locales';
import { env } from '@/lib/env';
import { seeOther } from '@/lib/own-forms';
import { sameOriginPath } from '@/lib/redirects';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * The target of the language list (components/i18n/language-list.tsx):
 * GET /locale?locale=de&return_to=/login?flow=… stores the choice in the `locale` cookie and
 * answers 303 to the same-origin path (or "/"). An unknown locale changes nothing.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const locale = matchLocale(params.get('locale'), await supportedLocales());
  // A relative Location: behind a proxy, request.url may carry an internal host.
  const to = sameOriginPath(params.get('return_to'), env().UI_URL) ?? '/';
  if (!locale) return seeOther(to);
  const proto =
    request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(':', '');
  // Only the server reads it (HttpOnly); a locale tag needs no escaping.
  const cookie = `${LOCALE_COOKIE}=${locale}; Max-Age=${ONE_YEAR_SECONDS}; Path=/; HttpOnly; SameSite=Lax${proto === 'https' ? '; Secure' : ''}`;
  return seeOther(to, {}, [cookie]);
}
