import type { OwnKey } from './en';
import raw from './ory-keys.json';

// Our keys that mean exactly what one of Ory's keys means (lib/i18n/ory-keys.json, checked
// against both English texts by ory-keys.test.ts). Where our catalog for a locale lacks a key,
// the translator uses Ory's translation of the mapped key before falling back to English; so
// our own catalogs need only what Ory lacks. scripts/extract-ory-locales.mjs keeps these keys.

export const ORY_KEYS: Readonly<Partial<Record<OwnKey, string>>> = Object.fromEntries(
  Object.entries(raw).filter(([key]) => !key.startsWith('$')),
) as Partial<Record<OwnKey, string>>;
