// The delete-account page (app/account/delete) and its form handler (./confirm).

/** What the delete-account form's CSRF token is bound to (lib/csrf.ts). */
export const DELETE_CSRF_PURPOSE = 'delete-account';

/** The confirmation checkbox's name and value. */
export const CONFIRM_FIELD = 'confirm';
export const CONFIRM_VALUE = 'delete';

/** Kratos's session cookie (its default name): cleared with the account. */
export const KRATOS_SESSION_COOKIE = 'ory_kratos_session';
