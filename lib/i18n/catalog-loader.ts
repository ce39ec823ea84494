import 'server-only';
import { logger } from '@/lib/log';
import { DEFAULT_LOCALE } from './locales';
import { OWN_CATALOGS } from './own';
import rawOverrides from './overrides.json';
import type { Catalog, Overrides } from './translator';

// Ory's catalogs are JSON files extracted at install/build time (scripts/extract-ory-locales.mjs).
// They are imported lazily, one locale at a time, and kept for the life of the process: the
// bundler turns each into its own server chunk, so a request in German never parses Arabic.

const LOCALE_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

let localesPromise: Promise<readonly string[]> | undefined;
const loaded = new Map<string, Catalog | undefined>();
const loading = new Map<string, Promise<Catalog | undefined>>();

function asCatalog(value: unknown): Catalog | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(value)) if (typeof text === 'string') out[key] = text;
  return out;
}

/** overrides.json, checked once: a malformed entry is dropped, never fatal. */
export const OVERRIDES: Overrides = (() => {
  const out: Record<string, Catalog> = {};
  for (const [locale, entries] of Object.entries(rawOverrides as Record<string, unknown>)) {
    const catalog = asCatalog(entries);
    if (catalog) out[locale] = catalog;
  }
  return out;
})();

/** Every locale we can serve: Ory's extracted catalogs plus our own (en, de, ar), sorted. */
export function supportedLocales(): Promise<readonly string[]> {
  localesPromise ??= import('./catalogs/ory/index.json')
    .then((mod) => {
      const list = (mod.default as { locales?: unknown }).locales;
      return Array.isArray(list)
        ? list.filter((l): l is string => typeof l === 'string' && LOCALE_RE.test(l))
        : [];
    })
    .catch((error: unknown) => {
      logger.error('i18n: Ory catalog index missing; run `npm run prebuild`', {
        error: String(error),
      });
      return [] as string[];
    })
    .then((ory) => [...new Set([DEFAULT_LOCALE, ...ory, ...Object.keys(OWN_CATALOGS)])].sort());
  return localesPromise;
}

/** Ory's catalog for `locale`, loading it on first use; undefined when there is none. */
export function loadOryCatalog(locale: string): Promise<Catalog | undefined> {
  if (loaded.has(locale)) return Promise.resolve(loaded.get(locale));
  let promise = loading.get(locale);
  if (!promise) {
    promise = (async () => {
      // Only locales the index lists reach the import, so no other file can be named.
      const known = (await supportedLocales()).includes(locale) && LOCALE_RE.test(locale);
      let catalog: Catalog | undefined;
      if (known) {
        try {
          catalog = asCatalog((await import(`./catalogs/ory/${locale}.json`)).default);
        } catch (error) {
          // Not fatal: the translator falls back to English, then to Kratos's own text.
          logger.error('i18n: Ory catalog failed to load', { locale, error: String(error) });
        }
      }
      loaded.set(locale, catalog);
      loading.delete(locale);
      return catalog;
    })();
    loading.set(locale, promise);
  }
  return promise;
}
