// Our own forms (consent, logout and device decisions): the page side signs them with a CSRF
// token (lib/csrf.ts), the route side reads and checks the post and answers with a redirect.
import 'server-only';
import { cookies, headers } from 'next/headers';
import {
  CSRF_COOKIE,
  CSRF_FIELD,
  CSRF_SECRET_HEADER,
  csrfToken,
  sameOrigin,
  verifyCsrf,
} from '@/lib/csrf';
import { env } from '@/lib/env';

/** What a consent or logout form is for: binds its CSRF token to that one challenge. */
export const consentPurpose = (challenge: string) => `consent:${challenge}`;
export const logoutPurpose = (challenge: string) => `logout:${challenge}`;

/** The CSRF token for one of our own forms, from this browser's secret cookie. */
export async function formToken(purpose: string): Promise<string | undefined> {
  const secret =
    (await cookies()).get(CSRF_COOKIE)?.value ?? (await headers()).get(CSRF_SECRET_HEADER);
  return csrfToken(secret ?? undefined, purpose);
}

/** Where /unavailable sends the user back to once the service answers again. */
export function unavailableFrom(path: string): string {
  return `/unavailable?${new URLSearchParams({ from: path })}`;
}

/** A 303 to a page of ours after a form post (lib/navigation.ts). */
export { seeOther } from '@/lib/navigation';

export interface OwnForm {
  /** A text field of the form ('' when absent). */
  field(name: string): string;
  /** Did the post come from our origin, with this browser's CSRF token for `purpose`? */
  trusted(purpose: string): Promise<boolean>;
}

/** Reads one of our own form posts (consent, logout and device decisions). */
export async function readOwnForm(request: Request): Promise<OwnForm> {
  const form = await request.formData().catch(() => undefined);
  const field = (name: string) => {
    const v = form?.get(name);
    return typeof v === 'string' ? v : '';
  };
  return {
    field,
    async trusted(purpose) {
      if (!sameOrigin(request, env().UI_URL)) return false;
      const secret = (await cookies()).get(CSRF_COOKIE)?.value;
      return verifyCsrf(secret, purpose, field(CSRF_FIELD));
    },
  };
}
