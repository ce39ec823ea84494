import { deleteAccount } from '@/lib/account';
import {
  CONFIRM_FIELD,
  CONFIRM_VALUE,
  DELETE_CSRF_PURPOSE,
  KRATOS_SESSION_COOKIE,
} from '@/lib/account/delete';
import { withNotice } from '@/lib/notices';
import { readOwnForm, seeOther } from '@/lib/own-forms';

// The delete-account form: our own CSRF token and the ticked confirmation, then the identity
// whoami names is deleted (lib/account). A second submit finds no session and lands on the
// same goodbye page: it deletes nothing twice and shows no error.
export async function POST(request: Request) {
  const { field, trusted } = await readOwnForm(request);
  if (!(await trusted(DELETE_CSRF_PURPOSE))) {
    return seeOther(withNotice('/account/delete', 'deleteAccount', 'csrf'));
  }
  if (field(CONFIRM_FIELD) !== CONFIRM_VALUE) {
    return seeOther(withNotice('/account/delete', 'deleteAccount', 'confirm'));
  }
  const outcome = await deleteAccount();
  switch (outcome.kind) {
    case 'deleted':
    case 'gone':
      // The browser's session cookie goes too (Kratos deleted the sessions with the identity).
      return seeOther('/account/deleted', {}, [
        `${KRATOS_SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`,
      ]);
    case 'sign-in-again':
      return seeOther(outcome.to);
    case 'failed':
      return seeOther(withNotice('/account/delete', 'deleteAccount', 'failed'));
  }
}
