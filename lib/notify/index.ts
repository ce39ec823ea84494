import 'server-only';
import { brand } from '@/lib/brand';
import { env } from '@/lib/env';
import { loadI18n, supportedLocales } from '@/lib/i18n';
import { matchLocale, negotiateLocale } from '@/lib/i18n/locales';
import { logger } from '@/lib/log';
import { identitySessions } from '@/lib/kratos/admin';
import { earlierDevices, isNewDevice } from './devices';
import { notificationsFor, type Notification, type NotifyEvent } from './events';
import { sendMail } from './mailer';
import type { Hook, HookPayload } from './payload';
import { renderNotification } from './render';

// Security notifications (docs/notifications.md): Kratos's web hooks call /api/notify/<hook>,
// which answers at once and runs handleHook after the response. Nothing here may reach the
// user's flow: every failure ends in a log line (without addresses or secrets).

/** Where a change came from: the page's language and the device (the mail's recipients are the notification's). */
interface Sender {
  locale?: string;
  acceptLanguage?: string;
  userAgent?: string;
  ip?: string;
  location?: string;
}

async function mailLocale(locale?: string, acceptLanguage?: string): Promise<string> {
  const supported = await supportedLocales();
  return matchLocale(locale, supported) ?? negotiateLocale({ acceptLanguage }, supported);
}

function enabled(event: NotifyEvent): boolean {
  return !env().NOTIFY_DISABLED_EVENTS.includes(event);
}

async function deliver(n: Notification, from: Sender, identityId?: string): Promise<void> {
  const { SMTP_URL, MAIL_FROM, UI_URL } = env();
  if (!SMTP_URL) {
    logger.warn('notification not sent: SMTP_URL is not set', { event: n.event, identityId });
    return;
  }
  const b = brand();
  const locale = await mailLocale(from.locale, from.acceptLanguage);
  const { t } = await loadI18n(locale);
  const mail = renderNotification(n, {
    t,
    locale,
    brand: b,
    uiUrl: UI_URL,
    at: new Date(),
    userAgent: from.userAgent,
    ip: from.ip,
    location: from.location,
  });
  const sender = MAIL_FROM ?? `${b.name} <no-reply@${new URL(UI_URL).hostname}>`;
  for (const to of new Set(n.to)) {
    try {
      await sendMail(SMTP_URL, sender, { to, event: n.event, ...mail });
      logger.info('notification sent', { event: n.event, identityId, locale });
    } catch (err) {
      logger.warn('notification not sent: the mail server failed', {
        event: n.event,
        identityId,
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }
}

/** Whether a sign-in's device is new to the account (needs KRATOS_ADMIN_URL; off without it). */
async function fromNewDevice(payload: HookPayload): Promise<boolean> {
  const sessions = await identitySessions(payload.identity_id);
  if (!sessions) return false;
  const earlier = earlierDevices(sessions, {
    id: payload.session?.id,
    authenticatedAt: payload.session?.authenticated_at ?? undefined,
  });
  return isNewDevice({ userAgent: payload.user_agent, ip: payload.ip_address }, earlier);
}

/** One web hook call from Kratos: the mails it means, sent. Never throws. */
export async function handleHook(hook: Hook, payload: HookPayload): Promise<void> {
  try {
    const from: Sender = {
      locale: payload.locale,
      acceptLanguage: payload.accept_language,
      userAgent: payload.user_agent,
      ip: payload.ip_address,
      location: payload.location,
    };
    for (const n of notificationsFor(hook, payload, new Date())) {
      if (!enabled(n.event)) continue;
      if (n.event === 'new-device' && !(await fromNewDevice(payload))) continue;
      await deliver(n, from, payload.identity_id);
    }
  } catch (err) {
    logger.warn('notification failed', {
      hook,
      identityId: payload.identity_id,
      error: err instanceof Error ? err.message : String(err),
    });
  }
}

/**
 * "Your account was deleted": for the account deletion (call it after Kratos deleted the
 * identity, with what was known before). Never throws.
 */
export async function notifyAccountDeleted(account: {
  addresses: string[];
  /** The page's language (the UI's locale for the request). */
  locale?: string;
  userAgent?: string;
  ip?: string;
}): Promise<void> {
  if (!enabled('account-deleted')) return;
  try {
    await deliver({ event: 'account-deleted', to: account.addresses }, account);
  } catch (err) {
    logger.warn('notification failed', {
      event: 'account-deleted',
      error: err instanceof Error ? err.message : String(err),
    });
  }
}
