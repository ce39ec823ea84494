// Prints, per locale, how much of our own text is translated and where it comes from: our
// catalog (lib/i18n/<locale>.ts), Ory's translation of the same string (lib/i18n/ory-keys.json),
// or English. Kratos's messages are not counted: Ory translates all of them in every locale.
//
//   npm run i18n:coverage [-- --missing]      (--missing lists the keys still in English)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { coverage } from '../lib/i18n/coverage';
import type { Catalog } from '../lib/i18n/translator';

const dir = path.resolve(import.meta.dirname, '../lib/i18n/catalogs/ory');
const read = (locale: string) =>
  JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Catalog;

let locales: string[];
try {
  locales = (
    JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as { locales: string[] }
  ).locales;
} catch {
  console.error('[i18n-coverage] no Ory catalogs; run `node scripts/extract-ory-locales.mjs`');
  process.exit(1);
}
const oryEn = read('en');
const rows = locales.map((l) => coverage(l, read(l), oryEn));
const pct = (x: number) => `${(x * 100).toFixed(0)} %`;
const showMissing = process.argv.includes('--missing');

console.log('| Locale | Translated | Ours | From Ory | English |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.locale} | ${pct(r.translated)} | ${r.own} | ${r.ory} | ${r.english} |`);
  if (showMissing && r.missing.length) console.log(`|   | ${r.missing.join(', ')} | | | |`);
}
const full = rows.filter((r) => r.english === 0).map((r) => r.locale);
const others = rows.filter((r) => r.english > 0);
const avg = others.reduce((s, r) => s + r.translated, 0) / (others.length || 1);
console.log(
  `\n${rows.length} locales, ${rows[0]?.total ?? 0} strings of ours each (Kratos's messages not counted).` +
    `\nComplete: ${full.join(', ')} (${full.length}).` +
    `\nThe other ${others.length}: ${pct(avg)} on average, from Ory's translations of the same strings; the rest is English.`,
);
