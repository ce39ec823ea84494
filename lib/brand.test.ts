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
