import 'server-only';
import { cookies, headers } from 'next/headers';
import { env } from '@/lib/env';
import { unstable_rethrow } from 'next/navigation';
import { cache, use } from 'react';
import type { UiMessage } from '@/lib/kratos/types';
import { loadOryCatalog, loadedOryCatalog, OVERRIDES, supportedLocales } from './catalog-loader';
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

/** Translation for one request: its locale, text direction, and t/tm bound to that locale. */
export type I18n = Translator;

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
  let promise = translators.get(locale);
  if (!promise) {
    promise = Promise.all([loadOryCatalog(locale), loadOryCatalog(DEFAULT_LOCALE)]).then(
      ([ory, oryEn]) => createTranslator(locale, { ory, oryEn, overrides: OVERRIDES }),
    );
    translators.set(locale, promise);
  }
  return promise;
}

interface RequestSlot {
  /** Set once resolved, so later synchronous t()/tm() calls need no waiting. */
  i18n?: I18n;
  promise: Promise<I18n>;
}

// React's cache() is scoped to one server render: one slot, one negotiation, per request.
const requestSlot = cache((): RequestSlot => {
  const promise = requestLocale().then(loadI18n);
  const slot: RequestSlot = { promise };
  // Registered first, so it has run before any awaiting caller resumes. Its rejection
  // handler only keeps an unawaited failure from being reported as unhandled.
  promise.then(
    (i18n) => {
      slot.i18n = i18n;
    },
    () => undefined,
  );
  return slot;
});

/**
 * This request's translator: { locale, dir, t, tm }. Await it in every page, layout and
 * route handler before translating (see currentI18n). Inside a server render it is memoized
 * per request, and once it has resolved the synchronous t()/tm() below use the same locale.
 * In a route handler (no React render) use the t/tm it returns.
 */
export function getI18n(): Promise<I18n> {
  return requestSlot().promise;
}

// cache() only memoizes inside a React server render; outside one it calls through.
const probe = cache(() => ({}));
const inServerRender = () => probe() === probe();

/** English from whatever is in memory: for code that runs before the locale is known. */
function englishNow(): I18n {
  return createTranslator(DEFAULT_LOCALE, {
    ory: loadedOryCatalog(DEFAULT_LOCALE),
    overrides: OVERRIDES,
  });
}

// Dev-only hint when t()/tm() had to guess: once per request, or once outside a render.
const warnedInRequest = cache(() => ({ done: false }));
const warnedOutside = { done: false };

/**
 * This request's translator, for synchronous server components (the counterpart of
 * `await getI18n()` in async ones). It suspends until the locale is known, which matters
 * because Next renders a page in parallel with its layout: a synchronous page such as
 * not-found.tsx may run before anything else has resolved the locale.
 *
 * A hook by name on purpose: React's use() may not run in an async component (it crashes
 * there), and the rules-of-hooks lint rule enforces exactly that for use* functions.
 */
export function useI18n(): I18n {
  // Always called, resolved or not, so React sees the same use() calls on every render.
  return use(requestSlot().promise);
}

/**
 * The request's translator if getI18n()/useI18n() has resolved it, else English.
 *
 * t()/tm() are synchronous and cannot wait for the cookie to be read. So the contract is: a
 * page, layout or route handler calls `await getI18n()` (or a synchronous page calls
 * useI18n()) before translating. Components rendered below such a page (FlowMessages,
 * ErrorCard, …) then find the locale here with no change.
 */
function currentI18n(): I18n {
  const rendering = inServerRender();
  if (rendering) {
    const slot = requestSlot();
    if (slot.i18n) return slot.i18n;
  }
  const warned = rendering ? warnedInRequest() : warnedOutside;
  if (env().NODE_ENV === 'development' && !warned.done) {
    warned.done = true;
    console.warn(
      "[i18n] t()/tm() ran before this request's locale was known, so it shows English. " +
        'First `await getI18n()` in the page, layout or route handler (route handlers: use the ' +
        't/tm it returns), or call useI18n() in a synchronous page.',
    );
  }
  return englishNow();
}

/** Our own string in the request's locale, with {vars} (ICU) filled in. */
export function t(key: OwnKey, vars?: Record<string, unknown>): string {
  return currentI18n().t(key, vars);
}

/**
 * A Kratos message in the request's locale, by id, with its context interpolated.
 * Falls back to English, then to Kratos's own text.
 */
export function tm(message: UiMessage | undefined): string {
  return currentI18n().tm(message);
}

/** One of Ory's own UI strings (consent.title, consent.scope.*) in the request's locale. */
export function tOry(key: string, vars?: Record<string, unknown>): string | undefined {
  return currentI18n().tOry(key, vars);
}
