// ICU message formatting that never throws: a template that fails to parse or to format
// returns undefined, so the caller can try the next template in its fallback chain.
import { IntlMessageFormat } from 'intl-messageformat';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

// Element kinds of @formatjs/icu-messageformat-parser's TYPE enum that we look at. Numbers, as
// that package is intl-messageformat's dependency, not ours; format.test.ts pins the behaviour.
const TYPE_DATE = 3;
const TYPE_TIME = 4;

interface Compiled {
  format: IntlMessageFormat;
  /** Arguments used as {x, date} or {x, time}: their string values are turned into Dates. */
  dateArgs: ReadonlySet<string>;
}

// Templates come from catalogs, overrides and our own files, never from users or Kratos,
// so this cache is bounded by what ships with the app.
const compiled = new Map<string, Compiled | null>();

function collectDateArgs(elements: readonly Element[], into: Set<string>): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE_DATE || el.type === TYPE_TIME) into.add(el.value);
    if ('options' in el && el.options) {
      for (const option of Object.values(el.options)) collectDateArgs(option.value, into);
    }
    if ('children' in el && Array.isArray(el.children)) collectDateArgs(el.children, into);
  }
  return into;
}

function compile(locale: string, template: string): Compiled | null {
  const cacheKey = `${locale}\u0000${template}`;
  let entry = compiled.get(cacheKey);
  if (entry === undefined) {
    try {
      // ignoreTag: "<" in a translation is text, not rich-text markup (we only render strings).
      const format = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
      entry = { format, dateArgs: collectDateArgs(format.getAst(), new Set()) };
    } catch {
      entry = null;
    }
    compiled.set(cacheKey, entry);
  }
  return entry;
}

const listFormats = new Map<string, Intl.ListFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function listFormat(locale: string): Intl.ListFormat {
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return f;
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f)
    dateFormats.set(
      locale,
      (f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })),
    );
  return f;
}

function asText(locale: string, value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : dateFormat(locale).format(value);
  if (Array.isArray(value))
    return listFormat(locale).format(value.map((v) => String(asText(locale, v))));
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function asDate(value: unknown): unknown {
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  return value;
}

/**
 * The variables Ory's catalogs expect, derived from a Kratos message's context the way
 * Ory Elements documents them: every array `x` also as `x_list` (a localized list, only
 * when non-empty, so an empty list falls back instead of reading "… providers: ."), and every
 * `x_unix` timestamp (seconds) also as `x_until_minutes` / `x_since_minutes`. A `property`
 * (a field name) is passed through `translateProperty`.
 */
export function kratosValues(
  context: Record<string, unknown> | undefined,
  translateProperty: (name: string) => string | undefined,
  now = Date.now(),
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context ?? {})) {
    out[key] = value;
    if (Array.isArray(value)) {
      if (value.length) out[`${key}_list`] = value;
    } else if (key.endsWith('_unix') && typeof value === 'number') {
      const ms = value * 1000;
      out[key] = new Date(ms);
      out[`${key}_until_minutes`] = Math.max(0, Math.ceil((ms - now) / 60_000));
      out[`${key}_since_minutes`] = Math.max(0, Math.ceil((now - ms) / 60_000));
    } else if (key === 'property' && typeof value === 'string') {
      out[key] = translateProperty(value) ?? value;
    }
  }
  return out;
}

/** Formats `template` in `locale`, or returns undefined when it cannot (bad syntax, missing value). */
export function formatMessage(
  locale: string,
  template: string,
  values: Record<string, unknown> = {},
): string | undefined {
  const entry = compile(locale, template);
  if (!entry) return undefined;
  const prepared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const v = entry.dateArgs.has(key) ? asDate(value) : asText(locale, value);
    if (v !== undefined) prepared[key] = v;
  }
  try {
    const out = entry.format.format(prepared);
    return typeof out === 'string' ? out : [out].flat().map(String).join('');
  } catch {
    return undefined;
  }
}
