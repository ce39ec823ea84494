import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTheme } from '../brand-schema';
import {
  COURIER_MESSAGES,
  courierSubject,
  courierTemplates,
  EMAIL_LOCALES,
  emailLogoUrl,
  goLiteral,
} from './courier-templates';

const BASE = 'http://127.0.0.1:3000';
const example = parseTheme(
  JSON.parse(readFileSync(path.resolve('brand/example.json'), 'utf8')) as Record<string, unknown>,
);

/** The template text outside Go actions (what html/template passes through unescaped), lexed
 * as Go does: inside an action a "…" string (with \ escapes) does not end at }}. */
function outsideActions(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) return out + text.slice(i);
    out += text.slice(i, open);
    i = open + 2;
    while (i < text.length && !text.startsWith('}}', i)) {
      if (text[i] === '"') {
        for (i += 1; i < text.length && text[i] !== '"'; i += 1) if (text[i] === '\\') i += 1;
      }
      i += 1;
    }
    i += 2;
  }
  return out;
}

describe('courier templates', () => {
  it('covers every message of the code method, each with subject, HTML and text', () => {
    const files = Object.keys(courierTemplates(parseTheme({}), { baseUrl: BASE })).sort();
    expect(files).toHaveLength(COURIER_MESSAGES.length * 3);
    for (const m of COURIER_MESSAGES) {
      for (const part of ['email.subject', 'email.body', 'email.body.plaintext'])
        expect(files).toContain(`${m}/${part}.gotmpl`);
    }
  });

  it('kratos/courier-templates is the output for the default theme (regenerate with npm run email-templates)', () => {
    const files = courierTemplates(parseTheme({}), { baseUrl: BASE });
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(path.resolve('kratos/courier-templates', name), 'utf8'), name).toBe(text);
    }
  });

  it('puts the product name in the subject and header, the logo and the colours in the HTML', () => {
    const files = courierTemplates(example, { baseUrl: 'https://id.acme.test' });
    expect(files['login_code/valid/email.subject.gotmpl']).toContain(
      '{{ "Your sign-in code for Acme Cloud" }}',
    );
    expect(courierSubject('login_code/valid', 'Acme Cloud')).toBe(
      'Your sign-in code for Acme Cloud',
    );
    const html = files['login_code/valid/email.body.gotmpl'] ?? '';
    expect(html).toContain('class="brand-name"');
    expect(html).toContain('{{ "Acme Cloud" }}');
    expect(html).toContain('src="{{ "https://id.acme.test/brand/acme-logo.svg" }}"');
    expect(html).toContain('#166534');
    expect(html).toContain('#86efac'); // the dark palette, for clients that honour it
    expect(html).toContain("Georgia, 'Times New Roman', serif");
  });

  it('shows the code large and selectable in HTML and on its own line in text', () => {
    const files = courierTemplates(example, { baseUrl: BASE });
    const vars = {
      login_code: '.LoginCode',
      registration_code: '.RegistrationCode',
      verification_code: '.VerificationCode',
      recovery_code: '.RecoveryCode',
    };
    for (const [dir, v] of Object.entries(vars)) {
      const html = files[`${dir}/valid/email.body.gotmpl`] ?? '';
      expect(html).toMatch(
        new RegExp(
          `<p class="code"[^>]*font-size:32px[^>]*user-select:all[^>]*>\\{\\{ \\${v} \\}\\}</p>`,
        ),
      );
      expect(files[`${dir}/valid/email.body.plaintext.gotmpl`]).toContain(`\n    {{ ${v} }}\n`);
    }
  });

  it('gives the link where Kratos sends one, and none where it does not', () => {
    const files = courierTemplates(example, { baseUrl: BASE });
    expect(files['verification_code/valid/email.body.gotmpl']).toContain(
      'href="{{ .VerificationURL }}"',
    );
    expect(files['verification_code/valid/email.body.plaintext.gotmpl']).toContain(
      '{{ .VerificationURL }}',
    );
    for (const name of Object.keys(files).filter((n) => !n.startsWith('verification_code/valid')))
      expect(files[name]).not.toContain('URL }}');
  });

  it('the invalid messages carry no code', () => {
    const files = courierTemplates(example, { baseUrl: BASE });
    for (const m of ['verification_code/invalid', 'recovery_code/invalid']) {
      expect(files[`${m}/email.body.gotmpl`]).not.toContain('class="code"');
      expect(files[`${m}/email.body.plaintext.gotmpl`]).not.toMatch(/\{\{ \.\w+Code \}\}/);
    }
  });

  it('keeps theme text inside Go string literals, so it cannot open an action or markup', () => {
    const hostile = parseTheme({ name: 'Evil {{ .To }} <b>"x"</b> \\ }}' });
    const files = courierTemplates(hostile, { baseUrl: BASE });
    for (const [name, text] of Object.entries(files)) {
      const outside = outsideActions(text);
      expect(outside, name).not.toContain('Evil');
      expect(outside, name).not.toContain('<b>');
    }
    expect(goLiteral('a "b" \\ {{ c }}')).toBe('{{ "a \\"b\\" \\\\ {{ c }}" }}');
    // The action ends at the closing quote: a "}}" inside the literal does not end it early.
    expect(files['login_code/valid/email.subject.gotmpl']).toContain(
      '{{ "Your sign-in code for Evil {{ .To }} <b>\\"x\\"</b> \\\\ }}" }}',
    );
  });

  it('resolves relative logos against the UI and prefers logo.email; no logo gives a monogram', () => {
    expect(emailLogoUrl(example, 'https://id.acme.test/base')).toBe(
      'https://id.acme.test/brand/acme-logo.svg',
    );
    const png = parseTheme({ logo: { light: '/l.svg', email: 'https://cdn.acme.test/logo.png' } });
    expect(emailLogoUrl(png, BASE)).toBe('https://cdn.acme.test/logo.png');
    expect(
      emailLogoUrl(parseTheme({ logo: { light: 'javascript:alert(1)' } }), BASE),
    ).toBeUndefined();
    const plain = courierTemplates(parseTheme({ name: 'zeta' }), { baseUrl: BASE });
    expect(plain['login_code/valid/email.body.gotmpl']).toMatch(
      /<span class="mark"[^>]*>\{\{ "Z" \}\}<\/span>/,
    );
    expect(plain['login_code/valid/email.body.gotmpl']).not.toContain('<img');
  });
});

describe("courier templates in the user's language", () => {
  const files = courierTemplates(example, { baseUrl: BASE });

  it('carries every fully shipped locale, English first as the fallback', () => {
    expect(EMAIL_LOCALES[0]).toBe('en');
    expect([...EMAIL_LOCALES].sort()).toEqual([
      'ar',
      'de',
      'en',
      'es',
      'fr',
      'hi',
      'it',
      'ja',
      'ko',
      'nl',
      'pl',
      'pt',
      'ru',
      'tr',
      'zh',
    ]);
  });

  it('picks the branch from .TransientPayload.locale and ends in English', () => {
    for (const message of COURIER_MESSAGES) {
      for (const kind of [
        'email.subject.gotmpl',
        'email.body.gotmpl',
        'email.body.plaintext.gotmpl',
      ]) {
        const file = files[`${message}/${kind}`]!;
        expect(file).toContain('{{- with .TransientPayload -}}{{- with index . "locale" -}}');
        for (const locale of EMAIL_LOCALES.filter((l) => l !== 'en'))
          expect(file).toContain(`eq $locale "${locale}"`);
        const fallback = file.slice(file.lastIndexOf('{{- else -}}'));
        if (kind === 'email.subject.gotmpl')
          expect(fallback).toContain(JSON.stringify(courierSubject(message, example.name)));
      }
    }
  });

  it('has the subject, heading and body in each language, Arabic right to left', () => {
    const subject = files['login_code/valid/email.subject.gotmpl']!;
    const html = files['login_code/valid/email.body.gotmpl']!;
    const text = files['login_code/valid/email.body.plaintext.gotmpl']!;
    expect(courierSubject('login_code/valid', 'Acme', 'fr')).toBe(
      'Votre code de connexion pour Acme',
    );
    expect(courierSubject('login_code/valid', 'Acme', 'ja')).toBe('Acme のサインインコード');
    expect(courierSubject('login_code/valid', 'Acme', 'xx')).toBe('Your sign-in code for Acme');
    for (const locale of ['fr', 'ja', 'ar'])
      expect(subject).toContain(
        JSON.stringify(courierSubject('login_code/valid', example.name, locale)),
      );
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(text).toContain(
      JSON.stringify('Saisissez ce code pour vous connecter à ' + example.name + ' :'),
    );
    expect(text).toContain('{{ .LoginCode }}');
  });
});
