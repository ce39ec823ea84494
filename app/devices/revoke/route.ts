import { DEVICES_CSRF_PURPOSE } from '@/lib/devices';
import { readOwnForm, seeOther } from '@/lib/own-forms';
import { revokeDevice, revokeOtherDevices, type RevokeOutcome } from '@/lib/kratos';
import { unavailableFrom } from '@/lib/own-forms';
import { withNotice } from '@/lib/notices';

// The Devices page's forms: "Sign out" of one other device (session_id), or of all others
// (scope=others). Kratos does not check CSRF on /sessions, so the form carries our own token,
// checked against this browser's secret; whatever happens, the browser goes back to /devices
// with one notice (no JS needed). The current device signs out through POST /logout.
export async function POST(request: Request) {
  const { field, trusted } = await readOwnForm(request);
  if (!(await trusted(DEVICES_CSRF_PURPOSE))) {
    return seeOther(withNotice('/devices', 'devices', 'csrf'));
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
      return withNotice('/devices', 'devices', 'revoked');
    case 'revoked-others':
      return withNotice('/devices', 'devices', 'revoked-others', { count: String(outcome.count) });
    case 'not-found':
      return withNotice('/devices', 'devices', 'not-found');
    case 'current':
      return withNotice('/devices', 'devices', 'current');
    case 'anonymous':
    case 'second-factor-owed':
      return outcome.to;
    case 'unavailable':
      return unavailableFrom('/devices');
  }
}
