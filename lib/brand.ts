import 'server-only';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTheme, type Brand, type Palette } from '@/lib/brand-schema';
import { env } from '@/lib/env';

// Branding is data, read at run time from a JSON theme file (BRAND_THEME) and env overrides,
// and applied on the server as CSS variables in a versioned stylesheet the first HTML links in its
// <head> (render-blocking, so nothing flashes). The schema
// lives in lib/brand-schema.ts, shared with the email templates (scripts/build-email-templates.ts).

export type { Brand, Palette };
export { DEFAULT_BRAND } from '@/lib/brand-schema';

let cached: Brand | undefined;

/** The deployment's brand: BRAND_THEME (a JSON file), then BRAND_NAME / BRAND_LOGO_URL overrides. */
export function brand(): Brand {
  if (cached) return cached;
  let raw: Record<string, unknown> = {};
  const { BRAND_THEME: file, BRAND_NAME, BRAND_LOGO_URL } = env();
  if (file) {
    // Any path, chosen at run time: the comment stops Next's file tracer from treating every
    // project file as a possible read and copying the whole repository into .next/standalone.
    // The theme file therefore is not traced; the Dockerfile copies brand/ into the image.
    const themePath = path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
    try {
      raw = JSON.parse(readFileSync(themePath, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`BRAND_THEME=${file} could not be read as JSON: ${(err as Error).message}`);
    }
  }
  cached = parseTheme(raw, { name: BRAND_NAME, logoUrl: BRAND_LOGO_URL });
  return cached;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function vars(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--brand-${kebab(k)}:${v}`)
    .join(';');
}

/** The CSS that applies a brand: light tokens, dark tokens per the configured scheme. */
export function brandCss(b: Brand): string {
  const common = `--brand-radius:${b.radius};--brand-font:${b.font}`;
  const light = `html:root{${vars(b.colors.light)};${common};color-scheme:light}`;
  const dark = `${vars(b.colors.dark)};color-scheme:dark`;
  if (b.colorScheme === 'light') return light;
  if (b.colorScheme === 'dark') return `html:root{${dark};${common}}`;
  return `${light}@media (prefers-color-scheme:dark){html:root{${dark}}}`;
}

let sheet: { css: string; href: string } | undefined;

/**
 * The brand's stylesheet, served by app/brand.css: its CSS and a versioned address, so browsers
 * keep it for good and every page carries a <link> instead of the tokens twice (HTML and flight
 * data).
 */
export function brandStylesheet(): { css: string; href: string } {
  if (sheet) return sheet;
  const css = brandCss(brand());
  const version = createHash('sha256').update(css).digest('base64url').slice(0, 12);
  sheet = { css, href: `/brand.css?v=${version}` };
  return sheet;
}
