import { accountSession } from '@/lib/account';
import { APPS_CSRF_PURPOSE } from '@/lib/account/apps';
import { loadGrants, revokeGrants } from '@/lib/hydra';
import { withNotice } from '@/lib/notices';
import { readOwnForm, seeOther, unavailableFrom } from '@/lib/own-forms';

// The connected apps page's forms: "Remove access" for one app (client_id), or for all
// (scope=all). Our own CSRF token; the subject is the signed-in identity, never the form's.
// A client id the user never let in changes nothing. Back to /apps with one notice.
export async function POST(request: Request) {
  const { field, trusted } = await readOwnForm(request);
  if (!(await trusted(APPS_CSRF_PURPOSE))) return seeOther(withNotice('/apps', 'apps', 'csrf'));
  const account = await accountSession('/apps');
  if (account.kind === 'unavailable') return seeOther(unavailableFrom('/apps'));
  if (account.kind === 'redirect') return seeOther(account.to);
  const subject = account.session.identity.id;
  if (field('scope') === 'all') {
    const done = await revokeGrants(subject);
    return seeOther(withNotice('/apps', 'apps', done ? 'revoked-all' : 'failed'));
  }
  const clientId = field('client_id');
  if (!clientId || !(await grantedTo(subject, clientId))) {
    return seeOther(withNotice('/apps', 'apps', 'not-found'));
  }
  const done = await revokeGrants(subject, clientId);
  return seeOther(withNotice('/apps', 'apps', done ? 'revoked' : 'failed'));
}

/** Did this user let this app in (on any page of the list)? */
async function grantedTo(subject: string, clientId: string): Promise<boolean> {
  let page: string | undefined;
  for (let i = 0; i < 20; i += 1) {
    const outcome = await loadGrants(subject, page);
    if (outcome.kind !== 'grants') return false;
    if (outcome.grants.some((g) => g.app.id === clientId)) return true;
    if (!outcome.nextPage) return false;
    page = outcome.nextPage;
  }
  return false;
}
