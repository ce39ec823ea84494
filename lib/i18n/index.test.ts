import { describe, expect, it, vi } from 'vitest';
import { ensureOryCatalogs, oryIndex } from './test/ory-catalogs';

ensureOryCatalogs();
const i18nModule = await import('./index');
const { getI18n, loadI18n, requestLocale, supportedLocales } = i18nModule;

describe('lib/i18n (server entry)', () => {
  it('lists the extracted Ory locales plus ours', async () => {
    const locales = await supportedLocales();
    expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'ar', ...oryIndex().locales]));
  });

  it('loads a locale lazily through the bundled JSON import', async () => {
    const i18n = await loadI18n('de');
    expect(i18n.locale).toBe('de');
    expect(
      i18n.tm({ id: 1010023, type: 'info', text: 'Send code to x', context: { address: 'x' } }),
    ).toBe('Code an x senden');
    expect(await loadI18n('de')).toBe(i18n);
    expect(await loadI18n('de-AT')).toBe(i18n);
    expect((await loadI18n('not a locale')).locale).toBe('en');
  });

  it('has no request outside a render: English, without throwing or warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    expect(await requestLocale()).toBe('en');
    const { locale, t, tm } = await getI18n();
    expect(locale).toBe('en');
    expect(t('login.title')).toBe('Sign in');
    expect(
      tm({ id: 1010023, type: 'info', text: 'Send code to x', context: { address: 'x' } }),
    ).toBe('Send code to x');
    expect(tm(undefined)).toBe('');
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('offers no translation outside a translator, so none can run before the locale is known', () => {
    // The call-order trap this replaced: a module-level t() that used whatever locale an
    // earlier `await getI18n()` had resolved, and English otherwise.
    const exported = Object.keys(i18nModule);
    for (const name of ['t', 'tm', 'tOry', 'currentI18n']) expect(exported).not.toContain(name);
    expect(exported).toEqual(expect.arrayContaining(['getI18n', 'useI18n', 'loadI18n']));
  });
});
