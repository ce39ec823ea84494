import { ar } from './ar';
import { de } from './de';
import { en, type OwnKey } from './en';

export type OwnCatalog = Readonly<Partial<Record<OwnKey, string>>>;

/** Our own strings per locale. Locales missing here (or keys missing in one) use English. */
export const OWN_CATALOGS: Readonly<Record<string, OwnCatalog>> = { en, de, ar };
