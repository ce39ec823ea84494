import type { Translator } from './translator';
import type { OwnKey } from './en';

/** A number the locale puts in `category` (0 to 1000, then a million), or undefined. */
function sampleOf(rules: Intl.PluralRules, category: Intl.LDMLPluralRule): number | undefined {
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) return n;
  return rules.select(1_000_000) === category ? 1_000_000 : undefined;
}

/**
 * A message whose number the browser fills in (a countdown), translated on the server with no
 * catalog sent along: one text per plural category of the locale, each formatted through the
 * message's ICU plural with a sample number, and with `{count}` left in place for the number.
 * The browser picks the text with `new Intl.PluralRules(locale).select(n)`, the same rules.
 */
export function pluralLabels(
  i18n: Pick<Translator, 'locale' | 't'>,
  key: OwnKey,
  numberVar: string,
): Partial<Record<Intl.LDMLPluralRule, string>> {
  const rules = new Intl.PluralRules(i18n.locale);
  const labels: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    const n = sampleOf(rules, category);
    if (n !== undefined) labels[category] = i18n.t(key, { [numberVar]: n, count: '{count}' });
  }
  return labels;
}
