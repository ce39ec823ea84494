// Test helper: the Ory catalogs are git-ignored build artefacts; make sure they exist before
// a test reads them (offline: the script only reads the installed devDependency).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../translator';

export const root = path.resolve(__dirname, '../../..');
const dir = path.join(root, 'lib/i18n/catalogs/ory');

export function ensureOryCatalogs(): void {
  if (existsSync(path.join(dir, 'index.json'))) return;
  execFileSync(process.execPath, [path.join(root, 'scripts/extract-ory-locales.mjs')], {
    stdio: 'inherit',
  });
}

export function oryCatalog(locale: string): Catalog {
  ensureOryCatalogs();
  return JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Catalog;
}

export function oryIndex(): { locales: string[]; source: string } {
  ensureOryCatalogs();
  return JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as {
    locales: string[];
    source: string;
  };
}
