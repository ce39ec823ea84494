import { describe, expect, it } from 'vitest';
import { ensureOryCatalogs } from './test/ory-catalogs';

ensureOryCatalogs();
const { loadI18n, pluralLabels } = await import('./index');

/** What the resend button shows after `n` seconds: the browser's half of pluralLabels. */
async function countdown(locale: string, n: number) {
  const i18n = await loadI18n(locale);
  const labels = pluralLabels(i18n, 'second-factor.resend-wait', 'seconds');
  const text = labels[new Intl.PluralRules(i18n.locale).select(n)] ?? labels.other!;
  return text.replace('{count}', String(n));
}

describe('pluralLabels (the resend countdown)', () => {
  it('gives each plural category of the locale its own text, with {count} for the browser', async () => {
    const en = pluralLabels(await loadI18n('en'), 'second-factor.resend-wait', 'seconds');
    expect(en).toEqual({
      one: 'Send a new code ({count} second)',
      other: 'Send a new code ({count} seconds)',
    });
    const ru = pluralLabels(await loadI18n('ru'), 'second-factor.resend-wait', 'seconds');
    // Russian whole numbers are one, few or many; `other` is for fractions only.
    expect(Object.keys(ru).sort()).toEqual(['few', 'many', 'one']);
  });

  it('reads right for every number of seconds the countdown shows', async () => {
    expect(await countdown('en', 1)).toBe('Send a new code (1 second)');
    expect(await countdown('en', 30)).toBe('Send a new code (30 seconds)');
    expect(await countdown('ru', 21)).toBe('Отправить новый код (21 секунда)');
    expect(await countdown('ru', 3)).toBe('Отправить новый код (3 секунды)');
    expect(await countdown('ru', 11)).toBe('Отправить новый код (11 секунд)');
    expect(await countdown('pl', 22)).toBe('Wyślij nowy kod (22 sekundy)');
    expect(await countdown('pl', 25)).toBe('Wyślij nowy kod (25 sekund)');
    expect(await countdown('ar', 2)).toBe('إرسال رمز جديد (ثانيتان)');
    expect(await countdown('fr', 1)).toBe('Envoyer un nouveau code (1 seconde)');
    expect(await countdown('ja', 7)).toBe('新しいコードを送信 (7 秒)');
    // A locale without our catalog falls back to English, plural included.
    expect(await countdown('sw', 1)).toBe('Send a new code (1 second)');
  });
});
