import type { Translator } from './translator';
import type { OwnKey } from './en';

/**
 * A countdown's labels, translated on the server so no catalog reaches the browser: the message
 * formatted for every whole number from 0 to `max`, each through its ICU plural. The browser
 * shows `labels[n]`, which needs no plural rules (and no code) of its own.
 */
export function countdownLabels(i18n: Pick<Translator, 't'>, key: OwnKey, max: number): string[] {
  return Array.from({ length: max + 1 }, (_, n) => i18n.t(key, { seconds: n, count: n }));
}
