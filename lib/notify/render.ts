import { escapeHtml } from '@/lib/escape-html';
import type { Brand } from '@/lib/brand-schema';
import {
  emailButton,
  emailDocument,
  emailMark,
  emailMuted,
  emailParagraph,
} from '@/lib/email/courier-templates';
import type { Translator } from '@/lib/i18n/translator';
import { displayAddress, parseUserAgent } from '@/lib/kratos/devices-map';
import type { Notification } from './events';

// One security notification as a mail: subject, branded HTML (the layout of Kratos's mails,
// lib/email/courier-templates.ts) and plain text, in the account holder's language. Pure.

export interface MailContext {
  t: Translator['t'];
  locale: string;
  brand: Brand;
  /** The UI's public origin: the recovery and devices links point there. */
  uiUrl: string;
  /** When it happened. */
  at: Date;
  userAgent?: string;
  ip?: string;
  location?: string;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** "Chrome on Linux", from the user agent (the Devices page's wording). */
function deviceName(t: Translator['t'], userAgent: string | undefined): string {
  const { browser, os } = parseUserAgent(userAgent);
  return t('devices.name', {
    browser: browser ?? t('devices.unknown-browser'),
    os: os ?? t('devices.unknown-os'),
  });
}

export function renderNotification(n: Notification, ctx: MailContext): RenderedMail {
  const { t, brand } = ctx;
  const name = brand.name;
  const subject = t(`notify.${n.event}`, { name });
  const when = new Intl.DateTimeFormat(ctx.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(ctx.at);

  // What happened, then when and where, then what to do if it was not them.
  const facts: string[] = [];
  for (const address of n.added ?? []) facts.push(t('notify.address-added', { address }));
  for (const address of n.removed ?? []) facts.push(t('notify.address-removed', { address }));
  facts.push(t('notify.when', { time: `${when} UTC` }));
  if (n.event !== 'account-deleted' || ctx.userAgent)
    facts.push(t('notify.device', { device: deviceName(t, ctx.userAgent) }));
  if (ctx.ip) facts.push(`${t('devices.ip')}: ${displayAddress(ctx.ip)}`);
  if (ctx.location) facts.push(`${t('devices.location')}: ${ctx.location}`);

  const base = ctx.uiUrl.replace(/\/+$/, '');
  const links =
    n.event === 'account-deleted'
      ? []
      : [
          { href: `${base}/recovery`, label: t('notify.recover') },
          { href: `${base}/devices`, label: t('notify.devices') },
        ];
  const notYou = t(n.event === 'account-deleted' ? 'notify.deleted-not-you' : 'notify.not-you', {
    name,
  });

  const parts = [
    ...facts.map((f) => emailParagraph(escapeHtml(f))),
    emailParagraph(escapeHtml(notYou)),
    ...links.map((l) => emailButton(brand, escapeHtml(l.href), escapeHtml(l.label))),
    emailMuted(brand, escapeHtml(t('notify.was-you'))),
  ];
  const html = emailDocument({
    brand,
    locale: ctx.locale,
    mark: emailMark(brand, base, escapeHtml),
    title: escapeHtml(subject),
    brandName: escapeHtml(name),
    heading: escapeHtml(subject),
    parts,
    footer: escapeHtml(t('email.sent-by', { name })),
  });

  const text = [
    name,
    '',
    subject,
    '',
    ...facts,
    '',
    notYou,
    ...links.flatMap((l) => ['', `${l.label}: ${l.href}`]),
    '',
    t('notify.was-you'),
    '',
    '-- ',
    t('email.sent-by', { name }),
    '',
  ].join('\n');
  return { subject, html, text };
}
