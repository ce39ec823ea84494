import { cookies } from 'next/headers';
import { CSRF_COOKIE, CSRF_FIELD, sameOrigin, verifyCsrf } from '@/lib/csrf';
import { DEVICES_CSRF_PURPOSE } from '@/lib/devices';
import { env } from '@/lib/env';
import { revokeDevice, revokeOtherDevices, type RevokeOutcome } from '@/lib/kratos';
import { unavailableFrom } from '@/lib/oauth2-pages';

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });

// The Devices page's forms: "Sign out" of one other device (session_id), or of all others
// (scope=others). Kratos does not check CSRF on /sessions, so the form carries our own token,
// checked against this browser's secret; whatever happens, the browser goes back to /devices
// with one notice (no JS needed). The current device signs out through POST /logout.
export async function POST(request: Request) {
  const form = await request.formData().catch(() => undefined);
  const field = (name: string) => {
    const v = form?.get(name);
    return typeof v === 'string' ? v : '';
  };
  const secret = (await cookies()).get(CSRF_COOKIE)?.value;
  if (
    !sameOrigin(request, env().UI_URL) ||
    !verifyCsrf(secret, DEVICES_CSRF_PURPOSE, field(CSRF_FIELD))
  ) {
    return seeOther('/devices?notice=csrf');
  }
  const outcome =
    field('scope') === 'others'
      ? await revokeOtherDevices()
      : await revokeDevice(field('session_id'));
  return seeOther(destination(outcome));
}

function destination(outcome: RevokeOutcome): string {
  switch (outcome.kind) {
    case 'revoked':
      return '/devices?notice=revoked';
    case 'revoked-others': {
      const query = new URLSearchParams({ notice: 'revoked-others', count: String(outcome.count) });
      return `/devices?${query}`;
    }
    case 'not-found':
      return '/devices?notice=not-found';
    case 'current':
      return '/devices?notice=current';
    case 'anonymous':
    case 'redirect':
      return outcome.to;
    case 'unavailable':
      return unavailableFrom('/devices');
  }
}
