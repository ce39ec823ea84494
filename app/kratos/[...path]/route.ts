import { proxyToKratos } from '@/lib/kratos/browser-proxy';

// Kratos's public API on the UI's own origin: first-party cookies, no CORS.
type Ctx = { params: Promise<{ path: string[] }> };

async function handle(request: Request, { params }: Ctx): Promise<Response> {
  return proxyToKratos(request, (await params).path);
}

export const dynamic = 'force-dynamic';
export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
