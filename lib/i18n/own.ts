import { ar } from './ar';
import { de } from './de';
import { en, type OwnKey } from './en';
import { es } from './es';
import { fr } from './fr';
import { hi } from './hi';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { tr } from './tr';
import { zh } from './zh';

export type OwnCatalog = Readonly<Partial<Record<OwnKey, string>>>;

/**
 * Our own strings per locale. A key missing in one uses Ory's translation of the same string
 * (lib/i18n/ory-keys.json), then English. The catalogs besides en, de and ar hold only what
 * Ory lacks; de and ar, written before the reuse, are complete on their own.
 */
export const OWN_CATALOGS: Readonly<Record<string, OwnCatalog>> = {
  en,
  de,
  ar,
  fr,
  ja,
  hi,
  es,
  pt,
  it,
  zh,
  ko,
  ru,
  nl,
  pl,
  tr,
};

/** The catalogs that hold only what Ory lacks (own.test.ts checks they repeat none of Ory's). */
export const REUSING_LOCALES = Object.keys(OWN_CATALOGS).filter(
  (l) => l !== 'en' && l !== 'de' && l !== 'ar',
);
