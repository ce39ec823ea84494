import { z } from 'zod';
import { BRAND_DEFAULTS } from './brand-defaults';

// The theme document's schema and its merge over the defaults. Pure (no env, no files): the
// pages read the theme through lib/brand.ts, the email templates through
// scripts/build-email-templates.ts, so both brand from one validated document.

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
  logo: z
    .object({
      light: z.string().min(1),
      dark: z.string().min(1).optional(),
      // For emails: mail clients show PNG or JPEG, many not SVG. Defaults to `light`.
      email: z.string().min(1).optional(),
    })
    .optional(),
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

/** Validates a theme document (with the BRAND_NAME / BRAND_LOGO_URL overrides) merged over the defaults; throws one readable error. */
export function parseTheme(
  document: Record<string, unknown>,
  overrides: { name?: string; logoUrl?: string } = {},
): Brand {
  const raw = { ...document };
  if (overrides.name) raw.name = overrides.name;
  if (overrides.logoUrl) raw.logo = { light: overrides.logoUrl };
  const result = themeSchema.safeParse(withDefaults(raw));
  if (!result.success) {
    throw new Error(
      `Invalid brand theme: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return result.data;
}
