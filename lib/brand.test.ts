import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function load() {
  return import('./brand');
}

describe('brand', () => {
  it('defaults without a theme file', async () => {
    const { brand, brandCss } = await load();
    const b = brand();
    expect(b.name).toBe('Account');
    expect(brandCss(b)).toContain('--brand-primary:#4338ca');
    expect(brandCss(b)).toContain('@media (prefers-color-scheme:dark)');
  });

  it('reads the example theme and env overrides at run time', async () => {
    vi.stubEnv('BRAND_THEME', 'brand/example.json');
    vi.stubEnv('BRAND_NAME', 'Override Inc');
    const { brand, brandCss } = await load();
    const b = brand();
    expect(b.name).toBe('Override Inc');
    expect(b.logo?.dark).toBe('/brand/acme-logo-dark.svg');
    expect(brandCss(b)).toContain('--brand-primary:#166534');
    // Colours the theme leaves out fall back to the defaults.
    expect(b.colors.light.danger).toBe('#b91c1c');
  });

  it('refuses an invalid colour with a clear message', async () => {
    vi.stubEnv('BRAND_THEME', 'test/fixtures/brand-invalid.json');
    const { brand } = await load();
    expect(() => brand()).toThrow(/colors\.light\.primary: must be a CSS colour/);
  });
});

describe('one source for the default brand', () => {
  it("globals.css's fallback tokens are the default brand's light palette", async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { BRAND_DEFAULTS } = await import('./brand-defaults');
    const css = readFileSync(path.join(__dirname, '../app/globals.css'), 'utf8');
    const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const [key, value] of Object.entries(BRAND_DEFAULTS.colors.light)) {
      expect(css, key).toContain(`--brand-${kebab(key)}: ${value};`);
    }
    expect(css).toContain(`--brand-radius: ${BRAND_DEFAULTS.radius};`);
  });
});
