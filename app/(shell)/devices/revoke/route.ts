import { DEVICES_CSRF_PURPOSE } from '@/lib/devices';
import { readOwnForm, seeOther } from '@/lib/own-forms';
import { revokeDevice, revokeOtherDevices, type RevokeOutcome } from '@/lib/kratos';
import { unavailableFrom } from '@/lib/own-forms';

// The Devices page's forms: "Sign out" of one other device (session_id), or of all others
// (scope=others). Kratos does not check CSRF on /sessions, so the form carries our own token,
// checked against this browser's secret; whatever happens, the browser goes back to /devices
// with one notice (no JS needed). The current device signs out through POST /logout.
export async function POST(request: Request) {
  const { field, trusted } = await readOwnForm(request);
  if (!(await trusted(DEVICES_CSRF_PURPOSE))) {
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
    case 'second-factor-owed':
      return outcome.to;
    case 'unavailable':
      return unavailableFrom('/devices');
  }
}
