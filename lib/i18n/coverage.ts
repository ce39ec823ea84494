import { en, type OwnKey } from './en';
import { ORY_KEYS } from './ory-keys';
import { OWN_CATALOGS } from './own';
import { oryTranslation, type Catalog } from './translator';

// How much of our own text a locale shows translated, and where each string comes from: our
// catalog for the locale, Ory's translation of the same string (lib/i18n/ory-keys.json), or
// English. scripts/i18n-coverage.ts prints it per locale; own.test.ts checks it.

export type Source = 'own' | 'ory' | 'english' | 'neutral';

/** A message with no words of its own (e.g. "{method}") reads the same in every language. */
export function isNeutral(message: string): boolean {
  return !/\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ''));
}

/** Where `key`'s text comes from in `locale` (the translator's order). */
export function sourceOf(locale: string, key: OwnKey, ory?: Catalog, oryEn?: Catalog): Source {
  if (isNeutral(en[key])) return 'neutral';
  if (locale === 'en' || OWN_CATALOGS[locale]?.[key] !== undefined) return 'own';
  const oryKey = ORY_KEYS[key];
  if (oryKey && oryTranslation(ory, oryEn, oryKey) !== undefined) return 'ory';
  return 'english';
}

export interface Coverage {
  locale: string;
  own: number;
  ory: number;
  english: number;
  /** Strings with words (neutral ones excluded). */
  total: number;
  /** Share shown translated, 0..1. */
  translated: number;
  /** The keys still in English. */
  missing: OwnKey[];
}

export function coverage(locale: string, ory?: Catalog, oryEn?: Catalog): Coverage {
  const counts = { own: 0, ory: 0, english: 0, neutral: 0 };
  const missing: OwnKey[] = [];
  for (const key of Object.keys(en) as OwnKey[]) {
    const source = sourceOf(locale, key, ory, oryEn);
    counts[source] += 1;
    if (source === 'english' && locale !== 'en') missing.push(key);
  }
  const total = counts.own + counts.ory + counts.english;
  return {
    locale,
    own: counts.own,
    ory: counts.ory,
    english: counts.english,
    total,
    translated: total ? (counts.own + counts.ory) / total : 1,
    missing,
  };
}
