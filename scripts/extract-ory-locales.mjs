#!/usr/bin/env node
// @ts-check
// Copies Ory's translations of Kratos messages out of the devDependency @ory/elements-react
// into lib/i18n/catalogs/ory/<locale>.json (git-ignored), plus index.json listing the locales.
// The app reads those JSON files only: importing @ory/elements-react from server code pulls
// its React components into the Next build and breaks it, so this script is the only place
// that touches the package.
//
// Runs as postinstall, predev and prebuild. Idempotent: files are rewritten only when their
// content changes, and when index.json already records the installed package version (and this
// script's format) it exits without loading the package at all.
//
// Flags:
//   --optional  exit 0 with a warning when the package is not installed (implied under
//               postinstall: after `npm ci --omit=dev` no build follows that would need it)
//   --force     re-extract even when index.json says the catalogs are up to date
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@ory/elements-react';
// Bump when the output shape changes, so existing folders are rewritten.
const FORMAT = 4;
// Kratos's messages, and the field names Ory substitutes for {property} in them (4000002).
// Of Ory's own UI strings the consent screen's (consent.title, consent.scope.*), the sign-in
// screens' (login.*, e.g. login.totp.subtitle) and those our own strings reuse
// (lib/i18n/ory-keys.json: card.footer.select-another-method, …); the rest would only bloat the
// server bundle.
const KEY_PREFIXES = ['identities.messages.', 'property.', 'consent.', 'login.'];
// A locale code as Ory names its files (e.g. "de", "pt", "zh"); anything else is skipped so a
// strange key can never become a path.
const LOCALE_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'lib/i18n/catalogs/ory');
const indexFile = path.join(outDir, 'index.json');
const args = new Set(process.argv.slice(2));
if (process.env.npm_lifecycle_event === 'postinstall') args.add('--optional');
const log = (line) => console.log(`[ory-locales] ${line}`);
const rel = (file) => path.relative(root, file);

const require = createRequire(path.join(root, 'package.json'));

/** Ory's UI keys that lib/i18n/ory-keys.json maps our keys to (read in main, so a missing
 * file is reported like any other error). */
let REUSED_KEYS = new Set();
function readReusedKeys() {
  const map = JSON.parse(readFileSync(path.join(root, 'lib/i18n/ory-keys.json'), 'utf8'));
  return new Set(
    Object.entries(map)
      .filter(([ours]) => !ours.startsWith('$'))
      .map(([, ory]) => ory),
  );
}

/** The installed package's entry and version, or undefined when it is not installed. */
function findPackage() {
  let entry;
  try {
    entry = require.resolve(PACKAGE);
  } catch {
    return undefined;
  }
  // package.json is not in the package's "exports", so walk up from the entry to find it.
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    if (pkg.name === PACKAGE) return { entry, version: String(pkg.version) };
  }
  return { entry, version: 'unknown' };
}

function readIndex() {
  try {
    return JSON.parse(readFileSync(indexFile, 'utf8'));
  } catch {
    return undefined;
  }
}

// Which keys are kept is part of the output: a change to ory-keys.json re-extracts.
const kept = () =>
  createHash('sha256')
    .update([...REUSED_KEYS].sort().join(','))
    .digest('hex')
    .slice(0, 16);

function isUpToDate(index, version) {
  return (
    index?.format === FORMAT &&
    index.kept === kept() &&
    index.source === `${PACKAGE}@${version}` &&
    Array.isArray(index.locales) &&
    index.locales.every((l) => existsSync(path.join(outDir, `${l}.json`)))
  );
}

/**
 * Writes only when the bytes differ, so mtimes (and watchers) stay quiet on re-runs; through a
 * rename, so a reader (a dev server, a parallel test) never sees a half-written file.
 */
function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return false;
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  return true;
}

/**
 * OryLocales lives only in the package's main entry (no locales subpath). Its CommonJS build
 * loads in plain Node: it requires React and react-intl but renders nothing at import time.
 */
function loadLocales(entry) {
  const mod = require(entry);
  const locales = mod.OryLocales ?? mod.default?.OryLocales;
  if (!locales || typeof locales !== 'object') {
    throw new Error(
      `${PACKAGE} no longer exports OryLocales; update ${rel(fileURLToPath(import.meta.url))}`,
    );
  }
  return locales;
}

/** Keeps the keys above with non-empty string values, sorted for stable diffs. */
function pickMessages(catalog) {
  const out = {};
  for (const key of Object.keys(catalog).sort()) {
    const value = catalog[key];
    if (
      (KEY_PREFIXES.some((p) => key.startsWith(p)) || REUSED_KEYS.has(key)) &&
      typeof value === 'string' &&
      value.trim() !== ''
    ) {
      out[key] = value;
    }
  }
  return out;
}

function main() {
  REUSED_KEYS = readReusedKeys();
  const pkg = findPackage();
  const index = readIndex();

  if (!pkg) {
    if (index && Array.isArray(index.locales)) {
      log(
        `${PACKAGE} is not installed; keeping the ${index.locales.length} catalogs in ${rel(outDir)}`,
      );
      return 0;
    }
    const message = `${PACKAGE} is not installed, so ${rel(outDir)} cannot be created. Run \`npm install\`.`;
    if (args.has('--optional')) {
      log(`warning: ${message}`);
      return 0;
    }
    console.error(`[ory-locales] error: ${message}`);
    return 1;
  }

  if (!args.has('--force') && isUpToDate(index, pkg.version)) {
    log(
      `up to date (${index.locales.length} locales from ${PACKAGE}@${pkg.version} in ${rel(outDir)})`,
    );
    return 0;
  }

  const started = Date.now();
  const all = loadLocales(pkg.entry);
  const locales = Object.keys(all)
    .filter((l) => LOCALE_RE.test(l))
    .sort();
  if (!locales.includes('en')) throw new Error(`${PACKAGE} has no English catalog`);

  mkdirSync(outDir, { recursive: true });
  let changed = 0;
  let keys = 0;
  for (const locale of locales) {
    const messages = pickMessages(all[locale]);
    keys += Object.keys(messages).length;
    if (
      writeIfChanged(path.join(outDir, `${locale}.json`), `${JSON.stringify(messages, null, 2)}\n`)
    ) {
      changed += 1;
    }
  }

  // Catalogs of locales the package dropped would otherwise linger and still be offered.
  const wanted = new Set([...locales.map((l) => `${l}.json`), 'index.json']);
  let removed = 0;
  for (const file of readdirSync(outDir)) {
    if (file.endsWith('.json') && !wanted.has(file)) {
      rmSync(path.join(outDir, file));
      removed += 1;
    }
  }

  const nextIndex = {
    format: FORMAT,
    source: `${PACKAGE}@${pkg.version}`,
    kept: kept(),
    locales,
  };
  const indexChanged = writeIfChanged(indexFile, `${JSON.stringify(nextIndex, null, 2)}\n`);

  log(
    `extracted ${locales.length} locales (${keys} messages) from ${PACKAGE}@${pkg.version} into ${rel(outDir)}: ` +
      `${changed} written, ${locales.length - changed} unchanged, ${removed} removed` +
      `${indexChanged ? ', index.json updated' : ''} (${Date.now() - started} ms)`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`[ory-locales] error: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
}
