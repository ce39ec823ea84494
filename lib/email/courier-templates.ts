import type { Brand, Palette } from '../brand-schema';
import { en, type OwnKey } from '../i18n/en';
import { formatMessage } from '../i18n/format';
import { DEFAULT_LOCALE, textDirection } from '../i18n/locales';
import { OWN_CATALOGS } from '../i18n/own';

// Kratos's courier templates (v1.3.1), branded from the same theme document as the pages:
// product name in the subject and header, the logo, the colours. Pure: a Brand in, file names
// and contents out; scripts/build-email-templates.ts writes them where Kratos reads them
// (courier.template_override_path).
//
// The files are Go templates: html/template for email.body.gotmpl, text/template for the
// subject and the plain-text body. Every piece of text, the theme's included, goes in as a Go
// string literal inside an action ({{ "…" }}), so html/template escapes it for its context and
// no theme value can open an action of its own. Colours and the font are validated by the
// theme schema (no <, >, & or braces) and are written into the CSS as they are.

/** The messages the configured methods send (code for login, registration, verification, recovery). */
export const COURIER_MESSAGES = [
  'login_code/valid',
  'registration_code/valid',
  'verification_code/valid',
  'verification_code/invalid',
  'recovery_code/valid',
  'recovery_code/invalid',
] as const;

export type CourierMessage = (typeof COURIER_MESSAGES)[number];

/** The catalog keys (lib/i18n, email.*) of one message's text; `{name}` is the product name. */
interface MessageText {
  subject: OwnKey;
  heading: OwnKey;
  /** The sentence before the code (or the first paragraph of a message without one). */
  lead: OwnKey;
  /** The Kratos variable holding the code, when the message has one. */
  code?: string;
  /** The Kratos variable holding a link, where Kratos sends one, and the button's label. */
  link?: { variable: string; label: OwnKey; lead: OwnKey };
  /** Paragraphs after the code; the keys of one paragraph are joined by a space. */
  after: OwnKey[][];
}

const MESSAGES: Record<CourierMessage, MessageText> = {
  'login_code/valid': {
    subject: 'email.login.subject',
    heading: 'email.login.heading',
    lead: 'email.login.lead',
    code: '.LoginCode',
    after: [['email.code-once', 'email.ignore', 'email.login.nobody']],
  },
  'registration_code/valid': {
    subject: 'email.registration.subject',
    heading: 'email.registration.heading',
    lead: 'email.registration.lead',
    code: '.RegistrationCode',
    after: [['email.code-once', 'email.ignore']],
  },
  'verification_code/valid': {
    subject: 'email.verification.subject',
    heading: 'email.verification.heading',
    lead: 'email.verification.lead',
    code: '.VerificationCode',
    link: {
      variable: '.VerificationURL',
      label: 'email.verification.link-label',
      lead: 'email.verification.link-lead',
    },
    after: [['email.ignore']],
  },
  'verification_code/invalid': {
    subject: 'email.verification-invalid.subject',
    heading: 'email.verification-invalid.heading',
    lead: 'email.verification-invalid.lead',
    after: [['email.other-address']],
  },
  'recovery_code/valid': {
    subject: 'email.recovery.subject',
    heading: 'email.recovery.heading',
    lead: 'email.recovery.lead',
    code: '.RecoveryCode',
    after: [['email.code-once', 'email.ignore', 'email.recovery.unchanged']],
  },
  'recovery_code/invalid': {
    subject: 'email.recovery-invalid.subject',
    heading: 'email.recovery-invalid.heading',
    lead: 'email.recovery-invalid.lead',
    after: [['email.other-address']],
  },
};

/** The locales the templates carry: every fully shipped catalog. English is the fallback. */
export const EMAIL_LOCALES = Object.keys(OWN_CATALOGS).sort((a, b) =>
  a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b),
);

/** One message's text in one locale (catalog, then English), with the product name filled in. */
function text(locale: string, key: OwnKey, name: string): string {
  for (const [catalog, inLocale] of [
    [OWN_CATALOGS[locale]?.[key], locale],
    [en[key], DEFAULT_LOCALE],
  ] as const) {
    if (catalog === undefined) continue;
    const out = formatMessage(inLocale, catalog, { name });
    if (out !== undefined) return out;
  }
  return en[key];
}

/**
 * The Go template that picks the locale: the flow's transient_payload.locale (which the UI sets
 * on every form it posts), else English. Each locale's text sits in its own branch.
 */
const LOCALE_VAR =
  '{{- $locale := "" -}}{{- with .TransientPayload -}}{{- with index . "locale" -}}{{- $locale = printf "%v" . -}}{{- end -}}{{- end -}}';

function byLocale(render: (locale: string) => string): string {
  const [first, ...rest] = EMAIL_LOCALES.filter((l) => l !== DEFAULT_LOCALE);
  if (!first) return render(DEFAULT_LOCALE);
  const branches = [`{{- if eq $locale ${JSON.stringify(first)} -}}\n${render(first)}`];
  for (const l of rest)
    branches.push(`{{- else if eq $locale ${JSON.stringify(l)} -}}\n${render(l)}`);
  branches.push(`{{- else -}}\n${render(DEFAULT_LOCALE)}`, '{{- end -}}');
  return `${LOCALE_VAR}\n${branches.join('\n')}`;
}

export interface EmailOptions {
  /** Where the UI is served (http://127.0.0.1:3000): relative logo paths resolve against it. */
  baseUrl: string;
}

/** Text as a Go string literal in an action: printed as is by text/template, escaped by html/template. */
export function goLiteral(text: string): string {
  // JSON string escapes (\" \\ \n \uXXXX) are all valid Go escapes, and JSON never writes \/.
  return `{{ ${JSON.stringify(text)} }}`;
}

/** The logo mail clients load: an absolute http(s) URL, or undefined when the theme has none. */
export function emailLogoUrl(brand: Brand, baseUrl: string): string | undefined {
  const logo = brand.logo?.email ?? brand.logo?.light;
  if (!logo) return undefined;
  const url = new URL(logo, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

const GENERATED =
  '{{- /* Generated by scripts/build-email-templates.ts from the brand theme. */ -}}';
const MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";

/** The font stack inside a double-quoted style attribute. */
const attrFont = (font: string) => font.replace(/"/g, "'");

function css(light: Palette, dark: Palette, brand: Brand): string {
  const font = attrFont(brand.font);
  const rules = (p: Palette) => `
      body, .page { background: ${p.background} !important; color: ${p.foreground} !important; }
      .card { background: ${p.surface} !important; border-color: ${p.border} !important; }
      .muted { color: ${p.muted} !important; }
      .code { background: ${p.background} !important; color: ${p.foreground} !important; border-color: ${p.border} !important; }
      .button { background: ${p.primary} !important; color: ${p.primaryForeground} !important; }
      .mark { background: ${p.primary} !important; color: ${p.primaryForeground} !important; }
      a { color: ${p.primary}; }`;
  return `<style>
      body { margin: 0; padding: 0; font-family: ${font}; }${rules(light)}
      @media (prefers-color-scheme: dark) {${rules(dark).replace(/\n/g, '\n  ')}
      }
    </style>`;
}

/** The pieces of one mail's HTML, each already escaped (or a Go action) for its place. */
export interface EmailDocument {
  brand: Brand;
  locale: string;
  /** The logo image or the initial's badge (see emailMark). */
  mark: string;
  title: string;
  brandName: string;
  heading: string;
  /** The paragraphs under the heading. */
  parts: string[];
  footer: string;
}

/** The branded HTML mail around its content: the card, the logo and name, light and dark colours. */
export function emailDocument({
  brand,
  locale,
  mark,
  title,
  brandName,
  heading,
  parts,
  footer,
}: EmailDocument): string {
  const dir = textDirection(locale);
  const c = brand.colors.light;
  const font = attrFont(brand.font);
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${dir}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <meta name="supported-color-schemes" content="light dark">
    <title>${title}</title>
    ${css(brand.colors.light, brand.colors.dark, brand)}
  </head>
  <body style="margin:0;padding:0;background:${c.background};color:${c.foreground};font-family:${font}">
    <table role="presentation" class="page" width="100%" cellpadding="0" cellspacing="0" style="background:${c.background}">
      <tr>
        <td align="center" style="padding:32px 16px">
          <table role="presentation" class="card" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:${c.surface};border:1px solid ${c.border};border-radius:${brand.radius}">
            <tr>
              <td style="padding:24px 32px 0">
                <table role="presentation" cellpadding="0" cellspacing="0">
                  <tr>
                    <td style="padding-${dir === 'rtl' ? 'left' : 'right'}:12px;vertical-align:middle">${mark}</td>
                    <td class="brand-name" style="vertical-align:middle;font-size:20px;font-weight:700">${brandName}</td>
                  </tr>
                </table>
              </td>
            </tr>
            <tr>
              <td style="padding:24px 32px 8px">
                <h1 style="margin:0 0 16px;font-size:24px;line-height:1.3">${heading}</h1>
                ${parts.join('\n                ')}
              </td>
            </tr>
          </table>
          <p class="muted" style="margin:16px 0 0;font-size:12px;color:${c.muted}">${footer}</p>
        </td>
      </tr>
    </table>
  </body>
</html>
`;
}

/** The logo (an absolute URL) or, without one, the product name's initial in a badge. */
export function emailMark(brand: Brand, baseUrl: string, lit: (text: string) => string): string {
  const c = brand.colors.light;
  const logo = emailLogoUrl(brand, baseUrl);
  const initial = Array.from(brand.name.trim())[0]?.toUpperCase() ?? '';
  return logo
    ? `<img class="logo" src="${lit(logo)}" alt="" height="40" style="display:block;height:40px;width:auto;border:0">`
    : `<span class="mark" aria-hidden="true" style="display:inline-block;width:40px;height:40px;line-height:40px;text-align:center;border-radius:${brand.radius};background:${c.primary};color:${c.primaryForeground};font-weight:700;font-size:20px">${lit(initial)}</span>`;
}

/** A paragraph of a mail (its content already escaped); `extra` is appended to its style. */
export const emailParagraph = (content: string, extra = '') =>
  `<p style="margin:0 0 16px;font-size:16px;line-height:1.5${extra}">${content}</p>`;

/** A muted paragraph (the closing remarks). */
export const emailMuted = (brand: Brand, content: string) =>
  emailParagraph(content, `;color:${brand.colors.light.muted}`).replace('<p ', '<p class="muted" ');

/** A button-styled link (href already escaped). */
export const emailButton = (brand: Brand, href: string, label: string) =>
  `<p style="margin:0 0 16px"><a class="button" href="${href}" style="display:inline-block;padding:12px 20px;border-radius:${brand.radius};background:${brand.colors.light.primary};color:${brand.colors.light.primaryForeground};font-weight:600;text-decoration:none">${label}</a></p>`;

function htmlBody(
  message: CourierMessage,
  brand: Brand,
  opts: EmailOptions,
  locale: string,
): string {
  const m = MESSAGES[message];
  const tx = (key: OwnKey) => text(locale, key, brand.name);
  const c = brand.colors.light;
  const mark = emailMark(brand, opts.baseUrl, goLiteral);
  const p = emailParagraph;
  const parts: string[] = [p(goLiteral(tx(m.lead)))];
  if (m.code) {
    parts.push(
      `<p class="code" style="margin:0 0 24px;padding:16px 24px;font-family:${MONO};font-size:32px;line-height:1.2;font-weight:700;letter-spacing:6px;text-align:center;background:${c.background};color:${c.foreground};border:1px solid ${c.border};border-radius:${brand.radius};-webkit-user-select:all;user-select:all">{{ ${m.code} }}</p>`,
    );
  }
  if (m.link) {
    parts.push(
      p(goLiteral(tx(m.link.lead))),
      emailButton(brand, `{{ ${m.link.variable} }}`, goLiteral(tx(m.link.label))),
      p(
        `<a href="{{ ${m.link.variable} }}" style="color:${c.primary};word-break:break-all">{{ ${m.link.variable} }}</a>`,
        ';font-size:14px',
      ),
    );
  }
  for (const keys of m.after) parts.push(emailMuted(brand, goLiteral(keys.map(tx).join(' '))));

  return emailDocument({
    brand,
    locale,
    mark,
    title: goLiteral(tx(m.subject)),
    brandName: goLiteral(brand.name),
    heading: goLiteral(tx(m.heading)),
    parts,
    footer: goLiteral(tx('email.sent-by')),
  });
}

function textBody(message: CourierMessage, brand: Brand, locale: string): string {
  const m = MESSAGES[message];
  const tx = (key: OwnKey) => text(locale, key, brand.name);
  const lines = [brand.name, '', tx(m.heading), '', tx(m.lead)].map((l) => (l ? goLiteral(l) : l));
  if (m.code) lines.push('', `    {{ ${m.code} }}`);
  if (m.link) lines.push('', goLiteral(tx(m.link.lead)), '', `{{ ${m.link.variable} }}`);
  for (const keys of m.after) lines.push('', goLiteral(keys.map(tx).join(' ')));
  lines.push('', '-- ', goLiteral(tx('email.sent-by')));
  return lines.join('\n');
}

/** Every template file Kratos reads for the configured methods, by path under the override root. */
export function courierTemplates(brand: Brand, opts: EmailOptions): Record<string, string> {
  const files: Record<string, string> = {};
  for (const message of COURIER_MESSAGES) {
    files[`${message}/email.subject.gotmpl`] =
      `${GENERATED}\n${byLocale((l) => goLiteral(courierSubject(message, brand.name, l)))}\n`;
    files[`${message}/email.body.gotmpl`] =
      `${GENERATED}\n${byLocale((l) => htmlBody(message, brand, opts, l))}`;
    files[`${message}/email.body.plaintext.gotmpl`] =
      `${GENERATED}\n${byLocale((l) => textBody(message, brand, l))}\n`;
  }
  return files;
}

/** The subject a message gets with this brand (for tests and documentation). */
export function courierSubject(
  message: CourierMessage,
  brandName: string,
  locale: string = DEFAULT_LOCALE,
): string {
  return text(locale, MESSAGES[message].subject, brandName);
}
