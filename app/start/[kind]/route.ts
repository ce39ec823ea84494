import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { startBrowserFlow } from '@/lib/kratos';
import { pickRestartParams } from '@/lib/kratos/map';
import { asNotice, isFlowKind, type FlowKind } from '@/lib/kratos/types';

// Starts a Kratos browser flow server-side, relays its cookies, and carries a one-line notice
// ("we started over because ...") to the page, which Kratos's own redirect cannot do.
export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (!isFlowKind(kind)) return new NextResponse('Not found', { status: 404 });
  const flowKind: FlowKind = kind;
  const query = pickRestartParams(flowKind, request.nextUrl.searchParams);
  const notice = request.nextUrl.searchParams.get('notice');

  let result;
  try {
    result = await startBrowserFlow(flowKind, new URLSearchParams(query));
  } catch {
    return redirect('/unavailable', []);
  }
  if (result.status >= 500) return redirect(`/unavailable?from=/${flowKind}`, result.setCookies);
  if (!result.location) {
    // Kratos refused the request itself (e.g. verification with a return_to it does not allow)
    // and answered without a redirect: start clean without the offending parameter.
    if (query.return_to) {
      const rest = new URLSearchParams(query);
      rest.delete('return_to');
      return redirect(`/start/${flowKind}${rest.size ? `?${rest}` : ''}`, result.setCookies);
    }
    return redirect('/error', result.setCookies);
  }
  let location = result.location;
  if (flowKind !== 'login') location = comeBackAfterLogin(location, flowKind, request);
  if (asNotice(notice) && location.startsWith(`/${flowKind}?`)) {
    location += `&notice=${notice}`;
  }
  return redirect(location, result.setCookies);
}

/**
 * Kratos sends an aal1 session that opens settings to `login/browser?aal=aal2` without a
 * return_to, so after the code the user would land on the default page. Point it back here.
 */
function comeBackAfterLogin(location: string, kind: FlowKind, request: NextRequest): string {
  const url = new URL(location, request.nextUrl.origin);
  if (!url.pathname.endsWith('/self-service/login/browser') || url.searchParams.has('return_to')) {
    return location;
  }
  const back = new URL(`/${kind}`, env().UI_URL);
  const original = request.nextUrl.searchParams.get('return_to');
  if (original) back.searchParams.set('return_to', original);
  url.searchParams.set('return_to', back.toString());
  return `${url.pathname}${url.search}`;
}

function redirect(location: string, cookies: string[]): NextResponse {
  const response = new NextResponse(null, {
    status: 303,
    headers: { location, 'cache-control': 'no-store' },
  });
  for (const cookie of cookies) response.headers.append('set-cookie', cookie);
  return response;
}
