import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en, type OwnKey } from './en';
import { ORY_KEYS } from './ory-keys';
import { oryCatalog, oryIndex } from './test/ory-catalogs';
import { createTranslator } from './translator';

const args = (message: string) =>
  new IntlMessageFormat(message, 'en')
    .getAst()
    .filter((el) => el.type !== 0)
    .map((el) => ('value' in el ? String(el.value) : ''))
    .sort();

describe('lib/i18n/ory-keys.json', () => {
  const oryEn = oryCatalog('en');
  const entries = Object.entries(ORY_KEYS) as [OwnKey, string][];

  it('maps our keys to Ory keys with the same arguments', () => {
    expect(entries.length).toBeGreaterThan(30);
    for (const [ours, ory] of entries) {
      expect(en[ours], ours).toBeDefined();
      expect(oryEn[ory], `${ours} → ${ory}`).toBeDefined();
      expect(args(oryEn[ory] ?? ''), `${ours} → ${ory}`).toEqual(args(en[ours]));
    }
  });

  it('Ory translates every mapped key in nearly every locale', () => {
    const { locales } = oryIndex();
    expect(locales).toHaveLength(83);
    for (const [ours, ory] of entries) {
      const translated = locales.filter((l) => l !== 'en' && oryCatalog(l)[ory] !== oryEn[ory]);
      expect(translated.length, `${ours} → ${ory}`).toBeGreaterThanOrEqual(75);
    }
  });

  it('the translator uses Ory’s string where our catalog has none, then English', () => {
    const fr = createTranslator('fr', { ory: oryCatalog('fr'), oryEn });
    expect(fr.t('second-factor.other-methods')).toBe('Sélectionner une autre méthode');
    expect(fr.t('login.title')).toBe('Se connecter');
    // Our own French, for what Ory lacks.
    expect(fr.t('second-factor.cancel')).toBe('Annuler et se déconnecter');
    // German has its own wording, which wins over Ory's.
    const de = createTranslator('de', { ory: oryCatalog('de'), oryEn });
    expect(de.t('second-factor.other-methods')).toBe('Andere Methode verwenden');
    // English never takes Ory's wording.
    const english = createTranslator('en', { ory: oryEn, oryEn });
    expect(english.t('registration.title')).toBe('Create an account');
    // A catalog that repeats Ory's English has not translated it: our English is shown.
    const untranslated = createTranslator('xx', {
      ory: { 'registration.title': oryEn['registration.title'] ?? '' },
      oryEn,
    });
    expect(untranslated.t('registration.title')).toBe('Create an account');
    // An override still comes first.
    const over = createTranslator('fr', {
      ory: oryCatalog('fr'),
      oryEn,
      overrides: { fr: { 'login.title': 'Connexion' } },
    });
    expect(over.t('login.title')).toBe('Connexion');
  });
});
