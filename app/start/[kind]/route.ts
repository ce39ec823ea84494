import { NextResponse, type NextRequest } from 'next/server';
import { startBrowserFlow } from '@/lib/kratos';
import { pickRestartParams } from '@/lib/kratos/map';
import type { FlowKind } from '@/lib/kratos/types';

const KINDS = new Set<FlowKind>(['login', 'registration', 'verification', 'recovery', 'settings']);
const NOTICES = new Set(['expired', 'attempts', 'csrf', 'missing']);

// Starts a Kratos browser flow server-side, relays its cookies, and carries a one-line notice
// ("we started over because ...") to the page, which Kratos's own redirect cannot do.
export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (!KINDS.has(kind as FlowKind)) return new NextResponse('Not found', { status: 404 });
  const flowKind = kind as FlowKind;
  const query = pickRestartParams(flowKind, request.nextUrl.searchParams);
  const notice = request.nextUrl.searchParams.get('notice');

  let result;
  try {
    result = await startBrowserFlow(flowKind, new URLSearchParams(query));
  } catch {
    return redirect('/unavailable', []);
  }
  if (result.status >= 500 || !result.location) return redirect('/unavailable', result.setCookies);
  let location = result.location;
  if (notice && NOTICES.has(notice) && location.startsWith(`/${flowKind}?`)) {
    location += `&notice=${notice}`;
  }
  return redirect(location, result.setCookies);
}

function redirect(location: string, cookies: string[]): NextResponse {
  const response = new NextResponse(null, {
    status: 303,
    headers: { location, 'cache-control': 'no-store' },
  });
  for (const cookie of cookies) response.headers.append('set-cookie', cookie);
  return response;
}
