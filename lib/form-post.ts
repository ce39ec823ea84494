import 'server-only';
import { cookies } from 'next/headers';
import { CSRF_COOKIE, CSRF_FIELD, sameOrigin, verifyCsrf } from '@/lib/csrf';
import { env } from '@/lib/env';

/** A 303 to a page of ours after a form post. */
export const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });

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
