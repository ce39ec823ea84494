import { ar } from './ar';
import { de } from './de';
import { en, type OwnKey } from './en';
import { fr } from './fr';
import { hi } from './hi';
import { ja } from './ja';

export type OwnCatalog = Readonly<Partial<Record<OwnKey, string>>>;

/**
 * Our own strings per locale. A key missing in one uses Ory's translation of the same string
 * (lib/i18n/ory-keys.json), then English: fr, ja and hi hold only what Ory lacks; de and ar,
 * written before the reuse, are complete on their own.
 */
export const OWN_CATALOGS: Readonly<Record<string, OwnCatalog>> = { en, de, ar, fr, ja, hi };
