import { NextResponse, type NextRequest } from 'next/server';
import { createLogoutUrl } from '@/lib/kratos';
import { sameOriginPath } from '@/lib/kratos/urls';
import { env } from '@/lib/env';
import { resolveLogoutReturnTo } from './return-to';

// Sign-out is a POST from our own pages (no JS needed); it fetches Kratos's logout token
// server-side and sends the browser to the logout URL, which clears the session cookie and
// then goes to `return_to` (a form field) when Kratos allows it.
export async function POST(request: NextRequest) {
  const { UI_URL } = env();
  const origin = request.headers.get('origin');
  if (origin && origin !== UI_URL && origin !== request.nextUrl.origin) {
    return new NextResponse('Forbidden', { status: 403 });
  }
  const form = await request.formData().catch(() => undefined);
  const raw = form?.get('return_to') ?? request.nextUrl.searchParams.get('return_to');
  const returnTo = resolveLogoutReturnTo(typeof raw === 'string' ? raw : undefined, UI_URL);
  // Kratos refuses a return_to outside allowed_return_urls: sign out anyway, to its default.
  const url = (returnTo ? await createLogoutUrl(returnTo) : undefined) ?? (await createLogoutUrl());
  // No session to end: go where the user asked to, if it is ours, else to the sign-in page.
  const fallback = sameOriginPath(returnTo, UI_URL) ?? '/login';
  return new NextResponse(null, {
    status: 303,
    headers: { location: url ?? fallback, 'cache-control': 'no-store' },
  });
}
