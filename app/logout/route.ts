import { NextResponse, type NextRequest } from 'next/server';
import { sameOrigin } from '@/lib/csrf';
import { env } from '@/lib/env';
import { readOwnForm, seeOther, type OwnForm } from '@/lib/own-forms';
import { getI18n } from '@/lib/i18n';
import { acceptLogout, rejectLogout } from '@/lib/hydra';
import { createLogoutUrl } from '@/lib/kratos';
import { sameOriginPath } from '@/lib/redirects';
import { navigationHop } from '@/lib/navigation';
import { logoutPurpose, unavailableFrom } from '@/lib/own-forms';
import { resolveLogoutReturnTo } from './return-to';
import { withNotice } from '@/lib/notices';

// Hydra sends the browser here with GET ?logout_challenge= when an app signs its user out.
// The question is asked on /logout/confirm; a plain GET without a challenge goes home.
export function GET(request: NextRequest) {
  const challenge = request.nextUrl.searchParams.get('logout_challenge');
  if (!challenge) return seeOther('/');
  return seeOther(`/logout/confirm?${new URLSearchParams({ logout_challenge: challenge })}`);
}

// Sign-out is a POST from our own pages (no JS needed); it fetches Kratos's logout token
// server-side and sends the browser to the logout URL, which clears the session cookie and
// then goes to `return_to` (a form field) when Kratos allows it. With a logout_challenge it
// answers Hydra's question too (see hydraLogout).
export async function POST(request: NextRequest) {
  const { UI_URL } = env();
  if (!sameOrigin(request, UI_URL)) return new NextResponse('Forbidden', { status: 403 });
  const form = await readOwnForm(request);
  const challenge = form.field('logout_challenge');
  if (challenge) return hydraLogout(challenge, form);
  const raw = form.field('return_to') || request.nextUrl.searchParams.get('return_to');
  const returnTo = resolveLogoutReturnTo(raw, UI_URL);
  // Kratos refuses a return_to outside allowed_return_urls: sign out anyway, to its default.
  const url = (returnTo ? await createLogoutUrl(returnTo) : undefined) ?? (await createLogoutUrl());
  // No session to end: go where the user asked to, if it is ours, else to the sign-in page.
  const fallback = sameOriginPath(returnTo, UI_URL) ?? '/login';
  return seeOther(url ?? fallback);
}

/**
 * "Sign out of <app>?" answered. Yes: Hydra accepts, then the browser runs Kratos's logout
 * (clearing its cookie) and goes on to Hydra, which ends its own session and returns to the
 * app's post_logout_redirect_uri. No: Hydra rejects, and the user stays signed in.
 */
async function hydraLogout(challenge: string, form: OwnForm): Promise<Response> {
  const page = `/logout/confirm?${new URLSearchParams({ logout_challenge: challenge })}`;
  if (!(await form.trusted(logoutPurpose(challenge))))
    return seeOther(withNotice(page, 'ownForm', 'csrf'));
  if (form.field('decision') !== 'confirm') {
    const result = await rejectLogout(challenge);
    if (result === 'unavailable') return seeOther(unavailableFrom(page));
    return seeOther(result === 'ok' ? withNotice('/', 'home', 'logout-cancelled') : page);
  }
  const decision = await acceptLogout(challenge);
  if (decision.kind === 'unavailable') return seeOther(unavailableFrom(page));
  if (decision.kind !== 'redirect') return seeOther(page);
  // Kratos returns to Hydra only if Hydra's origin is in its allowed_return_urls; without that,
  // Hydra alone ends the Kratos session (urls.identity_provider) and the browser goes there.
  const next = (await createLogoutUrl(decision.to)) ?? decision.to;
  const { locale, dir, t } = await getI18n();
  return navigationHop(next, { lang: locale, dir, continueLabel: t('oauth2.continue') });
}
