import { describe, expect, it } from 'vitest';
import { ensureOryCatalogs } from './test/ory-catalogs';

ensureOryCatalogs();
const { countdownLabels, loadI18n } = await import('./index');

/** What the resend button shows with `n` seconds left. */
async function countdown(locale: string, n: number) {
  return countdownLabels(await loadI18n(locale), 'second-factor.resend-wait', 30)[n];
}

describe('countdownLabels (the resend countdown)', () => {
  it('has one label per whole second, 0 to the cooldown, and no placeholder left', async () => {
    const en = countdownLabels(await loadI18n('en'), 'second-factor.resend-wait', 30);
    expect(en).toHaveLength(31);
    expect(en.some((label) => label.includes('{'))).toBe(false);
  });

  it('reads right for every number, through each language’s plural rules', async () => {
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
