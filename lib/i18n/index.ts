import 'server-only';
import { cookies, headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { cache, use } from 'react';
import { loadOryCatalog, OVERRIDES, supportedLocales } from './catalog-loader';
import type { OwnKey } from './en';
import {
  DEFAULT_LOCALE,
  LOCALE_COOKIE,
  UI_LOCALES_COOKIE,
  matchLocale,
  negotiateLocale,
} from './locales';
import { createTranslator, type Translator } from './translator';

export type { OwnKey };
export type { TextDirection } from './locales';
export { LOCALE_COOKIE, UI_LOCALES_COOKIE, textDirection } from './locales';
export { supportedLocales } from './catalog-loader';
export { countdownLabels } from './countdown-labels';

/** Translation for one request: its locale, text direction, and t/tm bound to that locale. */
export type I18n = Translator;
/** The `t` of a request's translator, for helpers that a component hands it to. */
export type Translate = Translator['t'];

// Warm the index and the English catalog (every fallback chain ends there) at first import,
// so the first request does not wait for them.
void loadOryCatalog(DEFAULT_LOCALE);

/** The request's locale: the `locale` cookie, then Accept-Language, then English. */
export async function requestLocale(): Promise<string> {
  const supported = await supportedLocales();
  let cookie: string | undefined;
  let uiLocales: string | undefined;
  let acceptLanguage: string | null = null;
  try {
    const [jar, hdrs] = await Promise.all([cookies(), headers()]);
    cookie = jar.get(LOCALE_COOKIE)?.value;
    uiLocales = jar.get(UI_LOCALES_COOKIE)?.value;
    acceptLanguage = hdrs.get('accept-language');
  } catch (error) {
    // Next's own control flow (dynamic bail-outs while prerendering) must pass through.
    unstable_rethrow(error);
    // Outside a request (build-time code, scripts): English.
  }
  return negotiateLocale({ cookie, uiLocales, acceptLanguage }, supported);
}

const translators = new Map<string, Promise<I18n>>();

/**
 * A translator for an explicit locale (e-mails, tests, a handler that knows the locale),
 * matched to a supported one (`de-AT` → `de`, unknown → `en`). Cached per locale.
 */
export async function loadI18n(requested: string): Promise<I18n> {
  const locale = matchLocale(requested, await supportedLocales()) ?? DEFAULT_LOCALE;
  return loadedTranslator(locale);
}

function loadedTranslator(locale: string): Promise<I18n> {
  let promise = translators.get(locale);
  if (!promise) {
    promise = Promise.all([loadOryCatalog(locale), loadOryCatalog(DEFAULT_LOCALE)]).then(
      ([ory, oryEn]) => createTranslator(locale, { ory, oryEn, overrides: OVERRIDES }),
    );
    translators.set(locale, promise);
  }
  return promise;
}

/**
 * One request's translator, and the translator itself once it is there: the root layout awaits
 * it before anything else renders, so synchronous components read it at once instead of
 * suspending on the promise (each suspension costs a render retry and a row of its own in
 * Next's flight data).
 */
interface RequestTranslator {
  promise: Promise<I18n>;
  loaded?: I18n;
}

function settling(promise: Promise<I18n>): RequestTranslator {
  const state: Partial<RequestTranslator> = {};
  state.promise = promise.then((i18n) => (state.loaded = i18n));
  return state as RequestTranslator;
}

// React's cache() is scoped to one server render: one negotiation per request. Outside a
// render (scripts, unit tests) it does not memoize, and there is no request: English.
const requestTranslator = cache(() => settling(requestLocale().then(loadI18n)));
const probe = cache(() => ({}));
const inServerRender = () => probe() === probe();
let english: RequestTranslator | undefined;
const thisTranslator = () =>
  inServerRender() ? requestTranslator() : (english ??= settling(loadedTranslator(DEFAULT_LOCALE)));

/**
 * This request's translator: { locale, dir, t, tm, tOry }, for async components and route
 * handlers. There is no other way to translate: t/tm/tOry exist only on a translator, so
 * translating without the request's locale cannot compile. Memoized per server render.
 */
export function getI18n(): Promise<I18n> {
  return thisTranslator().promise;
}

/**
 * This request's translator, for synchronous server components (the counterpart of
 * `await getI18n()` in async ones). It suspends until the locale is known.
 *
 * A hook by name on purpose: React's use() may not run in an async component (it crashes
 * there), and the rules-of-hooks lint rule enforces exactly that for use* functions.
 */
export function useI18n(): I18n {
  const translator = thisTranslator();
  return translator.loaded ?? use(translator.promise);
}
