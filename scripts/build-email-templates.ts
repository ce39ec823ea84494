// Writes Kratos's courier templates (HTML and plain text, every message the configured methods
// send), branded from the same theme as the pages. Kratos reads them from the folder named by
// courier.template_override_path (COURIER_TEMPLATE_OVERRIDE_PATH).
//
//   node --import tsx scripts/build-email-templates.ts [--theme brand/example.json]
//        [--name "Acme Cloud"] [--logo https://…/logo.png] [--base-url https://id.example.com]
//        [--out kratos/courier-templates]
//
// Without flags it reads what the UI reads: BRAND_THEME, BRAND_NAME, BRAND_LOGO_URL and UI_URL
// (the address relative logo paths resolve against; mail clients need an absolute URL).
// kratos/courier-templates holds the output for the default theme and http://127.0.0.1:3000,
// which kratos.yml and docker-compose.yml use; a unit test keeps it equal to this script's output.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseTheme, type Brand } from '../lib/brand-schema';
import { COURIER_MESSAGES, courierTemplates } from '../lib/email/courier-templates';

export const DEFAULT_OUT = 'kratos/courier-templates';
export const DEFAULT_BASE_URL = 'http://127.0.0.1:3000';

export interface BuildOptions {
  theme?: string;
  name?: string;
  logo?: string;
  baseUrl?: string;
  out?: string;
  /** Relative paths (theme, out) resolve against this folder. */
  cwd?: string;
}

export function loadBrand({ theme, name, logo, cwd = process.cwd() }: BuildOptions): Brand {
  let document: Record<string, unknown> = {};
  if (theme) {
    const file = path.resolve(cwd, theme);
    try {
      document = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`theme ${theme} could not be read as JSON: ${(err as Error).message}`);
    }
  }
  return parseTheme(document, {
    name: name?.trim() || undefined,
    logoUrl: logo?.trim() || undefined,
  });
}

/** Writes the templates; returns the folder. Each message's folder is replaced whole. */
export function buildEmailTemplates(opts: BuildOptions = {}): string {
  const cwd = opts.cwd ?? process.cwd();
  const out = path.resolve(cwd, opts.out ?? DEFAULT_OUT);
  const files = courierTemplates(loadBrand(opts), { baseUrl: opts.baseUrl || DEFAULT_BASE_URL });
  for (const message of COURIER_MESSAGES)
    rmSync(path.join(out, message), { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(out, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return out;
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '');

if (isMain) {
  const { values } = parseArgs({
    options: {
      theme: { type: 'string' },
      name: { type: 'string' },
      logo: { type: 'string' },
      'base-url': { type: 'string' },
      out: { type: 'string' },
    },
  });
  try {
    const out = buildEmailTemplates({
      theme: values.theme ?? process.env.BRAND_THEME,
      name: values.name ?? process.env.BRAND_NAME,
      logo: values.logo ?? process.env.BRAND_LOGO_URL,
      baseUrl: values['base-url'] ?? process.env.UI_URL,
      out: values.out,
    });
    console.log(`[email-templates] wrote ${COURIER_MESSAGES.length * 3} templates to ${out}`);
  } catch (err) {
    console.error(`[email-templates] ${(err as Error).message}`);
    process.exit(1);
  }
}
