import { after } from 'next/server';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { handleHook } from '@/lib/notify';
import { hookPayload, isHook } from '@/lib/notify/payload';
import { secretMatches } from '@/lib/notify/secret';

// Kratos's security notification web hooks (kratos/kratos.yml, docs/notifications.md). Only
// Kratos may call: the shared secret in X-Notify-Secret, compared in constant time. The answer
// comes at once; the mail is sent after it, so neither a slow mail server nor this endpoint
// ever holds up a sign-in or a settings change (Kratos also calls with response.ignore).

const MAX_BODY_BYTES = 64 * 1024;
const plain = (status: number) =>
  new Response(null, { status, headers: { 'cache-control': 'no-store' } });

export async function POST(
  request: Request,
  { params }: { params: Promise<{ hook: string[] }> },
): Promise<Response> {
  const hook = (await params).hook.join('/');
  if (!secretMatches(request.headers.get('x-notify-secret'), env().NOTIFY_WEBHOOK_SECRET)) {
    logger.warn('notification hook refused: wrong or missing secret', { hook: hook.slice(0, 64) });
    return plain(401);
  }
  if (!isHook(hook)) return plain(404);
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) return plain(413);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const parsed = hookPayload.safeParse(json);
  if (!parsed.success) {
    logger.warn('notification hook refused: unexpected body', {
      hook,
      issues: parsed.error.issues.map((i) => i.path.join('.')).slice(0, 10),
    });
    return plain(400);
  }
  after(() => handleHook(hook, parsed.data));
  return plain(202);
}
