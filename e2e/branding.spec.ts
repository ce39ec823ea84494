import { expect, KRATOS_PUBLIC_URL, test } from './fixtures';
import { startUiServer } from './fixtures/ui-server';

// A theme change reaches the page without a rebuild: the same build, started with another
// BRAND_THEME, renders the other brand in its first HTML.
const PORT = Number(process.env.E2E_BRAND_PORT ?? 3100);
const BASE = `http://127.0.0.1:${PORT}`;
let server: { stop: () => void } | undefined;

test.describe('branding from run-time config @local-stack', () => {
  test.beforeAll(async () => {
    server = await startUiServer(PORT, {
      BRAND_THEME: 'brand/example.json',
      KRATOS_PUBLIC_URL,
      UI_URL: BASE,
    });
  });

  test.afterAll(() => server?.stop());

  test('the example brand is in the first HTML, in light and dark', async ({ page }) => {
    const html = await (await fetch(`${BASE}/`)).text();
    // The first HTML's head links the brand's stylesheet (render-blocking, versioned), which has
    // both schemes' tokens, so nothing flashes when the device is dark.
    const href = /<head>.*?<link id="brand-tokens" rel="stylesheet" href="([^"]+)"/s.exec(
      html,
    )?.[1];
    expect(href).toMatch(/^\/brand\.css\?v=[\w-]+$/);
    const sheet = await fetch(`${BASE}${href}`);
    expect(sheet.headers.get('cache-control')).toContain('immutable');
    const css = await sheet.text();
    expect(css).toContain('--brand-primary:#166534');
    expect(css).toContain('--brand-primary:#86efac');
    expect(html).toContain('Acme Cloud');

    await page.goto(`${BASE}/`);
    await expect(page.getByTestId('brand')).toContainText('Acme Cloud');
    const primary = () =>
      page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim(),
      );
    expect(await primary()).toBe('#166534');
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/brand/acme-logo.svg');

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await primary()).toBe('#86efac');
  });

  test('the default server keeps the default brand', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('brand')).toContainText('Account');
    const primary = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim(),
    );
    expect(primary).toBe('#4338ca');
  });
});
