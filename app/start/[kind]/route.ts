import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { seeOther, unavailableFrom } from '@/lib/own-forms';
import { LOCALE_COOKIE, UI_LOCALES_COOKIE } from '@/lib/i18n/locales';
import { hydraEnabled, loadLoginRequest } from '@/lib/hydra';
import { startBrowserFlow } from '@/lib/kratos';
import { comeBackAfterLogin, pickRestartParams, withoutReturnTo } from '@/lib/kratos/restart';
import { asNotice, isFlowKind, type FlowKind } from '@/lib/kratos/types';

// Starts a Kratos browser flow server-side, relays its cookies, and carries a one-line notice
// ("we started over because ...") to the page, which Kratos's own redirect cannot do.
export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (!isFlowKind(kind)) return new NextResponse('Not found', { status: 404 });
  const flowKind: FlowKind = kind;
  const query = pickRestartParams(flowKind, request.nextUrl.searchParams);
  const notice = request.nextUrl.searchParams.get('notice');

  // An app's sign-in through Hydra: check the challenge first, so that a bad one or a Hydra
  // that is down gets a clear page instead of Kratos's generic error.
  let uiLocales: string[] = [];
  if (flowKind === 'login' && query.login_challenge && hydraEnabled()) {
    const login = await loadLoginRequest(query.login_challenge);
    if (login.kind === 'unavailable') {
      const from = `/login?${new URLSearchParams(query)}`;
      return seeOther(unavailableFrom(from));
    }
    if (login.kind === 'invalid') return seeOther('/error?error=invalid_challenge');
    if (login.kind === 'request') uiLocales = login.request.uiLocales;
  }

  const result = await startBrowserFlow(flowKind, new URLSearchParams(query));
  if (result.status === 0 || result.status >= 500) {
    // Back to the same start once the service answers, with everything that defines the flow.
    const from = `/${flowKind}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`;
    return seeOther(unavailableFrom(from), {}, result.setCookies);
  }
  if (!result.location) {
    // Kratos refused the request itself (e.g. verification with a return_to it does not allow)
    // and answered without a redirect: start clean without the offending parameter.
    return seeOther(withoutReturnTo(flowKind, query) ?? '/error', {}, result.setCookies);
  }
  let location = result.location;
  if (flowKind !== 'login') {
    location = comeBackAfterLogin(
      location,
      flowKind,
      { origin: request.nextUrl.origin, url: env().UI_URL },
      request.nextUrl.searchParams.get('return_to'),
    );
  }
  if (asNotice(notice) && location.startsWith(`/${flowKind}?`)) {
    location += `&notice=${notice}`;
  }
  const cookies = [...result.setCookies];
  if (uiLocales.length && !request.cookies.has(LOCALE_COOKIE)) {
    // An app's sign-in: its ui_locales choose the language until the user picks one.
    // Language tags only, dot-separated, so the cookie needs no escaping.
    const wanted = uiLocales.filter((tag) => /^[A-Za-z0-9-]{1,35}$/.test(tag)).slice(0, 10);
    if (wanted.length) {
      cookies.push(`${UI_LOCALES_COOKIE}=${wanted.join('.')}; Path=/; HttpOnly; SameSite=Lax`);
    }
  }
  return seeOther(location, {}, cookies);
}
