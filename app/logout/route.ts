import { NextResponse, type NextRequest } from 'next/server';
import { createLogoutUrl } from '@/lib/kratos';
import { env } from '@/lib/env';

// Sign-out is a POST from our own pages (no JS needed); it fetches Kratos's logout token
// server-side and sends the browser to the logout URL, which clears the session cookie.
export async function POST(request: NextRequest) {
  const origin = request.headers.get('origin');
  if (origin && origin !== env().UI_URL && origin !== request.nextUrl.origin) {
    return new NextResponse('Forbidden', { status: 403 });
  }
  const url = await createLogoutUrl();
  return new NextResponse(null, {
    status: 303,
    headers: { location: url ?? '/login', 'cache-control': 'no-store' },
  });
}
