import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { coverage } from './coverage';
import { ORY_KEYS } from './ory-keys';
import { OWN_CATALOGS, REUSING_LOCALES } from './own';
import { oryCatalog, root } from './test/ory-catalogs';
import { oryTranslation } from './translator';

const enKeys = Object.keys(en).sort();

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      if (name !== 'node_modules' && name !== 'catalogs') sourceFiles(file, out);
    } else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) {
      out.push(file);
    }
  }
  return out;
}

const files = ['app', 'components', 'lib'].flatMap((dir) => sourceFiles(path.join(root, dir)));

/** Every first argument of t(…) that is a string or template literal, with its file. */
function usedKeys(): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  const call = /\bt\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(call))
      found.push({ file: path.relative(root, file), key: m[2] ?? '' });
  }
  return found;
}

/** A key with ${…} parts (t(`notice.${n}`)) must match at least one English key. */
function keyPattern(key: string): RegExp {
  const parts = key.split(/\$\{[^}]*\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

/** The argument names of an ICU message, sorted. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const el of elements) {
      if ('value' in el && el.type !== 0 && typeof el.value === 'string') names.add(el.value);
      if ('options' in el) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return [...names].sort();
}

describe('our own strings', () => {
  it.each([
    ['de', de],
    ['ar', ar],
  ] as const)('%s has exactly the English keys', (_, catalog) => {
    const keys = Object.keys(catalog).sort();
    expect(
      keys.filter((k) => !(k in en)),
      'keys that English does not have',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !(k in catalog)),
      'English keys still untranslated',
    ).toEqual([]);
  });

  it('every own catalog uses only English keys, and with Ory’s strings leaves nothing in English', () => {
    const oryEn = oryCatalog('en');
    for (const [locale, catalog] of Object.entries(OWN_CATALOGS)) {
      expect(
        Object.keys(catalog).filter((k) => !(k in en)),
        `${locale}: keys that English does not have`,
      ).toEqual([]);
      expect(
        coverage(locale, oryCatalog(locale), oryEn).missing,
        `${locale}: still English`,
      ).toEqual([]);
    }
    // Those written for the reuse hold only what Ory lacks.
    expect(REUSING_LOCALES).toEqual(expect.arrayContaining(['fr', 'ja', 'hi']));
    for (const locale of REUSING_LOCALES) {
      const mine = Object.keys(OWN_CATALOGS[locale] ?? {});
      expect(mine.length, locale).toBeGreaterThan(90);
      const ory = oryCatalog(locale);
      expect(
        mine.filter((k) => {
          const oryKey = ORY_KEYS[k as keyof typeof ORY_KEYS];
          return oryKey && oryTranslation(ory, oryEn, oryKey) !== undefined;
        }),
        `${locale}: keys Ory translates already`,
      ).toEqual([]);
    }
  });

  it('translations keep the English placeholders', () => {
    for (const [locale, catalog] of Object.entries(OWN_CATALOGS)) {
      for (const [key, message] of Object.entries(catalog)) {
        expect(placeholders(message), `${locale} ${key}`).toEqual(
          placeholders(en[key as keyof typeof en]),
        );
      }
    }
  });

  it('every string is a valid ICU message', () => {
    for (const [locale, catalog] of Object.entries(OWN_CATALOGS)) {
      for (const [key, message] of Object.entries(catalog)) {
        expect(() => new IntlMessageFormat(message, locale), `${locale} ${key}`).not.toThrow();
      }
    }
  });

  it('every t() key used in app/, components/ and lib/ exists in en.ts', () => {
    const used = usedKeys();
    // The scan itself must work: the app calls t() in many places.
    expect(used.length).toBeGreaterThan(20);
    const missing = used.filter(({ key }) =>
      key.includes('${') ? !enKeys.some((k) => keyPattern(key).test(k)) : !(key in en),
    );
    expect(missing).toEqual([]);
  });
});

describe('the server-only boundary', () => {
  it("no 'use client' file imports lib/i18n", () => {
    const offenders = files.filter((file) => {
      const source = readFileSync(file, 'utf8');
      const isClient = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*['"]use client['"]/.test(source);
      return (
        isClient && /from\s+['"](?:@\/lib\/i18n|[./]+(?:lib\/)?i18n)(?:\/[^'"]*)?['"]/.test(source)
      );
    });
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});
