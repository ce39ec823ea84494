import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BRAND_DEFAULTS } from '@/lib/brand-defaults';
import { env } from '@/lib/env';

// Branding is data, read at run time from a JSON theme file (BRAND_THEME) and env overrides,
// and applied on the server as CSS variables in the first HTML, so nothing flashes.

const color = z
  .string()
  .regex(/^(#[0-9a-fA-F]{3,8}|(rgb|hsl|oklch)a?\([0-9.,%\s/a-z-]+\))$/, 'must be a CSS colour');

const palette = z.object({
  background: color,
  surface: color,
  foreground: color,
  muted: color,
  primary: color,
  primaryForeground: color,
  danger: color,
  success: color,
  border: color,
  ring: color,
});

export type Palette = z.infer<typeof palette>;

const themeSchema = z.object({
  name: z.string().min(1).max(80),
  logo: z.object({ light: z.string().min(1), dark: z.string().min(1).optional() }).optional(),
  favicon: z.string().min(1).optional(),
  colorScheme: z.enum(['light', 'dark', 'system']).default('system'),
  radius: z
    .string()
    .regex(/^\d+(\.\d+)?(rem|px|em)$/)
    .default('0.5rem'),
  font: z
    .string()
    .regex(/^[\w\s,'"-]+$/, 'a font stack: names, quotes, commas')
    .default("ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"),
  colors: z.object({ light: palette, dark: palette }),
});

export type Brand = z.infer<typeof themeSchema>;

export const DEFAULT_BRAND: Brand = BRAND_DEFAULTS;

/** Merges a theme document over the defaults (partial colour sets too); validated by the caller. */
function withDefaults(raw: Record<string, unknown>): Record<string, unknown> {
  const colors = (raw.colors ?? {}) as Record<string, Record<string, unknown> | undefined>;
  return {
    ...DEFAULT_BRAND,
    ...raw,
    colors: {
      light: { ...DEFAULT_BRAND.colors.light, ...colors.light },
      dark: { ...DEFAULT_BRAND.colors.dark, ...colors.dark },
    },
  };
}

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
  if (BRAND_NAME) raw.name = BRAND_NAME;
  if (BRAND_LOGO_URL) raw.logo = { light: BRAND_LOGO_URL };
  const result = themeSchema.safeParse(withDefaults(raw));
  if (!result.success) {
    throw new Error(
      `Invalid brand theme: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  cached = result.data;
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
