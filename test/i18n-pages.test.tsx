import { describe, expect, it, vi } from 'vitest';
import { FlowForm } from '@/components/flow/flow-form';
import { SecondFactorScreen } from '@/components/second-factor/second-factor-screen';
import { isNeutral, sourceOf } from '@/lib/i18n/coverage';
import { en, type OwnKey } from '@/lib/i18n/en';
import overrides from '@/lib/i18n/overrides.json';
import { oryCatalog, oryIndex } from '@/lib/i18n/test/ory-catalogs';
import { createTranslator, type Translator } from '@/lib/i18n/translator';
import { capturedFlow, render } from './render';

// Every one of the 83 locales: the 2FA screen (both steps) and the sign-in form are rendered
// with that locale's real translator (our catalogs, Ory's catalogs, overrides.json), and no
// string of ours is left in English where the locale has a translation. The request plumbing
// of lib/i18n (cookie, Accept-Language) is replaced by the locale under test; the translator
// itself is the real one.
const state = vi.hoisted(() => ({ current: undefined as Translator | undefined }));
vi.mock('@/lib/i18n', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/i18n')>();
  const now = () => {
    if (!state.current) throw new Error('no locale under test');
    return state.current;
  };
  return {
    ...real,
    t: (key: OwnKey, vars?: Record<string, unknown>) => now().t(key, vars),
    tm: (message: Parameters<Translator['tm']>[0]) => now().tm(message),
    tOry: (key: string, vars?: Record<string, unknown>) => now().tOry(key, vars),
    getI18n: async () => now(),
    useI18n: () => now(),
  };
});

const oryEn = oryCatalog('en');
const { locales } = oryIndex();

/** Text nodes and labels of rendered HTML, each trimmed. */
function texts(html: string): Set<string> {
  const out = new Set<string>();
  const decode = (s: string) =>
    s
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .trim();
  for (const m of html.matchAll(/>([^<]+)</g)) out.add(decode(m[1] ?? ''));
  for (const m of html.matchAll(/\b(?:aria-label|title|placeholder)="([^"]*)"/g))
    out.add(decode(m[1] ?? ''));
  out.delete('');
  return out;
}

async function renderPages(): Promise<string> {
  const parts = await Promise.all([
    render(<SecondFactorScreen flow={capturedFlow('login', 'login-aal2-choose-method')} />),
    render(<SecondFactorScreen flow={capturedFlow('login', 'login-code-sent')} />),
    render(<FlowForm flow={capturedFlow('login', 'login-flow-aal1')} />),
  ]);
  return parts.join('\n');
}

/** Our keys with no arguments whose English text is a whole sentence or label. */
const staticKeys = (Object.keys(en) as OwnKey[]).filter(
  (k) => !/[{}]/.test(en[k]) && !isNeutral(en[k]),
);

describe('our strings in every locale, on rendered pages', () => {
  it('there are 83 locales', () => expect(locales).toHaveLength(83));

  it.each(locales)('%s', async (locale) => {
    const translator = createTranslator(locale, {
      ory: oryCatalog(locale),
      oryEn,
      overrides: overrides as Record<string, Record<string, string>>,
    });
    state.current = translator;
    const html = await renderPages();
    const shown = texts(html);

    // The screen's own title in the locale's words (ours, or Ory's for the same string).
    expect(shown).toContain(translator.t('second-factor.title'));
    expect(shown).toContain(translator.t('second-factor.code-label'));

    // No English string of ours where the locale has a translation. (Kratos's own labels that
    // Ory leaves in English for this locale, such as "Password", are not ours.)
    const ory = oryCatalog(locale);
    const kratosEnglish = new Set(
      Object.entries(oryEn)
        .filter(([k, text]) => k.startsWith('identities.messages.') && (ory[k] ?? text) === text)
        .map(([, text]) => text),
    );
    const leftInEnglish = staticKeys.filter((key) => {
      if (locale === 'en' || sourceOf(locale, key, ory, oryEn) === 'english') return false;
      if (kratosEnglish.has(en[key])) return false;
      return translator.t(key) !== en[key] && shown.has(en[key]);
    });
    expect(leftInEnglish).toEqual([]);

    // Locales in another script show no English word at all (from our strings or hard-coded in
    // a component), except the account's address, a few names, and the identity schema's own
    // field titles (kratos/identity.schema.json: "E-Mail") and its social sign-in provider's
    // label ("Example", Example ID's), which are the deployment's text.
    if (locale === 'ja' || locale === 'hi') {
      const english = [...shown].filter(
        (text) =>
          !/@/.test(text) &&
          /\b[A-Za-z]{3,}\b/.test(
            text.replace(/JavaScript|Google|1Password|AAL\d|^E-Mail$|\bExample\b/g, ''),
          ),
      );
      expect(english).toEqual([]);
    }
  });
});
