import 'server-only';
import { createTransport, type Transporter } from 'nodemailer';

// The notification mail goes out over SMTP through nodemailer, to the server Kratos's courier
// uses. SMTP_URL takes Kratos's own connection URI as well: ?disable_starttls=true (plain SMTP
// on a local catcher such as MailDev) and ?skip_ssl_verify=true mean what they mean to Kratos.

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** The event, as header X-Account-Notification (for filters, and the e2e suite). */
  event: string;
}

/** nodemailer's options for an SMTP URL in Kratos's or nodemailer's spelling. */
export function smtpOptions(smtpUrl: string) {
  const url = new URL(smtpUrl);
  const flag = (name: string) => url.searchParams.get(name) === 'true';
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 25)),
    secure: url.protocol === 'smtps:',
    ignoreTLS: flag('disable_starttls'),
    tls: { rejectUnauthorized: !flag('skip_ssl_verify') },
    ...(url.username
      ? {
          auth: {
            user: decodeURIComponent(url.username),
            pass: decodeURIComponent(url.password),
          },
        }
      : {}),
    // A mail server that is down must not hold a request for long (the hook answered already;
    // this bounds the background work).
    connectionTimeout: 5000,
    greetingTimeout: 5000,
    socketTimeout: 10_000,
  };
}

let transport: { url: string; transporter: Transporter } | undefined;

export async function sendMail(smtpUrl: string, from: string, mail: OutgoingMail): Promise<void> {
  if (transport?.url !== smtpUrl) {
    transport = { url: smtpUrl, transporter: createTransport(smtpOptions(smtpUrl)) };
  }
  await transport.transporter.sendMail({
    from,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    headers: { 'X-Account-Notification': mail.event, 'Auto-Submitted': 'auto-generated' },
  });
}
