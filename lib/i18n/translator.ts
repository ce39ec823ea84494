// A translator for one locale, built from catalogs already in memory. No request, no file
// access: lib/i18n/index.ts loads the catalogs, tests pass their own.
import { en, type OwnKey } from './en';
import { kratosValues, formatMessage } from './format';
import { DEFAULT_LOCALE, textDirection, type TextDirection } from './locales';
import { ORY_KEYS } from './ory-keys';
import { OWN_CATALOGS } from './own';

/** A Kratos message as lib/kratos carries it: translated by id, its English text the fallback. */
export interface KratosMessage {
  id: number;
  type?: string;
  text: string;
  context?: Record<string, unknown>;
}

export type Catalog = Readonly<Record<string, string>>;
/** lib/i18n/overrides.json: locale → key → ICU message; keys are ours or Ory's. */
export type Overrides = Readonly<Record<string, Catalog>>;

export interface Translator {
  locale: string;
  dir: TextDirection;
  /**
   * Our own string, ICU-formatted with `vars`: our catalog for the locale, then Ory's
   * translation of the same string (lib/i18n/ory-keys.json), then English.
   */
  t(key: OwnKey, vars?: Record<string, unknown>): string;
  /** A Kratos message, translated by id with its context; '' for no message. */
  tm(message: KratosMessage | undefined): string;
  /** One of Ory's own UI strings by key (e.g. consent.scope.email.title); undefined if Ory has none. */
  tOry(key: string, vars?: Record<string, unknown>): string | undefined;
}

export interface TranslatorSources {
  /** Ory's catalog for the locale (undefined when Ory has none, or it failed to load). */
  ory?: Catalog;
  /** Ory's English catalog, the fallback before Kratos's own text. */
  oryEn?: Catalog;
  overrides?: Overrides;
}

/** The key Ory's catalogs use for a Kratos message id. */
export const oryMessageKey = (id: number) => `identities.messages.${id}`;

/**
 * Ory's string for `key` in a locale's catalog, if it is a translation: a catalog that repeats
 * Ory's English there has not translated it, and our own English reads better than Ory's.
 */
export function oryTranslation(
  ory: Catalog | undefined,
  oryEn: Catalog | undefined,
  key: string,
): string | undefined {
  const text = ory?.[key];
  return text !== undefined && text !== oryEn?.[key] ? text : undefined;
}

type Step = readonly [template: string | undefined, locale: string];

/** Formats the first step that works; a failing template falls through to the next. */
function firstFormatted(
  steps: readonly Step[],
  values: Record<string, unknown>,
): string | undefined {
  for (const [template, locale] of steps) {
    if (template === undefined) continue;
    const out = formatMessage(locale, template, values);
    if (out !== undefined) return out;
  }
  return undefined;
}

export function createTranslator(locale: string, sources: TranslatorSources = {}): Translator {
  const { ory, oryEn, overrides = {} } = sources;
  const isDefault = locale === DEFAULT_LOCALE;
  const over = overrides[locale];
  // English steps run only for other locales: for English they would repeat the first ones.
  const overEn = isDefault ? undefined : overrides[DEFAULT_LOCALE];
  const own = OWN_CATALOGS[locale];
  const oryFallback = isDefault ? undefined : oryEn;

  // Chain: override → locale → English override → English.
  const chain = (key: string, local: Catalog | undefined, english: Catalog | undefined): Step[] => [
    [over?.[key], locale],
    [local?.[key], locale],
    [overEn?.[key], DEFAULT_LOCALE],
    [english?.[key], DEFAULT_LOCALE],
  ];

  // Field names for {property}, in the language of the message they go into.
  const property = (name: string, inLocale: string) => {
    const key = `property.${name}`;
    const steps: Step[] =
      inLocale === locale
        ? [
            [over?.[key], locale],
            [ory?.[key], locale],
          ]
        : [];
    return firstFormatted(
      [...steps, [overEn?.[key], DEFAULT_LOCALE], [oryEn?.[key], DEFAULT_LOCALE]],
      {},
    );
  };

  return {
    locale,
    dir: textDirection(locale),
    t(key, vars = {}) {
      const oryKey = ORY_KEYS[key];
      return (
        firstFormatted(
          [
            [over?.[key], locale],
            [own?.[key], locale],
            [oryKey && !isDefault ? oryTranslation(ory, oryEn, oryKey) : undefined, locale],
            [overEn?.[key], DEFAULT_LOCALE],
            [isDefault ? undefined : en[key], DEFAULT_LOCALE],
          ],
          vars,
        ) ??
        en[key] ??
        key
      );
    },
    tOry(key, vars = {}) {
      return firstFormatted(chain(key, ory, oryFallback), vars);
    },
    tm(message) {
      if (!message) return '';
      const steps = chain(oryMessageKey(message.id), ory, oryFallback);
      // Values are derived per locale so lists, dates and field names match the sentence.
      for (const [template, stepLocale] of steps) {
        if (template === undefined) continue;
        const values = kratosValues(message.context, (name) => property(name, stepLocale));
        const out = formatMessage(stepLocale, template, values);
        if (out !== undefined) return out;
      }
      // Last resort: Kratos's own English text (a message id we have no catalog entry for).
      return message.text;
    },
  };
}
