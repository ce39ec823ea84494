import { env } from '@/lib/env';

// Readiness: the UI can serve flows only while Kratos's public API answers.
export async function GET() {
  const { KRATOS_PUBLIC_URL, KRATOS_TIMEOUT_MS } = env();
  try {
    const res = await fetch(`${KRATOS_PUBLIC_URL}/health/ready`, {
      signal: AbortSignal.timeout(Math.min(KRATOS_TIMEOUT_MS, 2000)),
      cache: 'no-store',
    });
    await res.body?.cancel();
    if (res.ok)
      return Response.json(
        { status: 'ok', kratos: 'ok' },
        { headers: { 'cache-control': 'no-store' } },
      );
  } catch {
    // Fall through to 503.
  }
  return Response.json(
    { status: 'unavailable', kratos: 'unreachable' },
    { status: 503, headers: { 'cache-control': 'no-store' } },
  );
}
