import 'server-only';
import { cookies, headers } from 'next/headers';
import { CSRF_COOKIE, CSRF_SECRET_HEADER, csrfToken } from '@/lib/csrf';

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
