import { expect, secondFactor, test } from './fixtures';

test.describe('German from Accept-Language', () => {
  test.use({ locale: 'de-DE', extraHTTPHeaders: { 'accept-language': 'de-DE,de;q=0.9' } });

  test('the 2FA screen, Kratos messages and labels are German', async ({ page, user }) => {
    // The login labels come from Kratos (translated): sign in by field order instead of labels.
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
    await page.locator('input[name=identifier]').fill(user.email);
    await page.locator('input[name=password]').fill(user.password);
    await page.locator('button[name=method][value=password]').click();
    await expect(secondFactor(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Bestätigung in zwei Schritten',
    );
    await expect(page.getByTestId('second-factor-message')).toHaveText(
      'Bitte schließen Sie die zweite Authentifizierungsprüfung ab.',
    );
    await expect(page.getByRole('button', { name: `Code an ${user.email} senden` })).toBeVisible();
  });
});

test.describe('Arabic, right to left', () => {
  test.use({ locale: 'ar', extraHTTPHeaders: { 'accept-language': 'ar' } });

  test('the document is mirrored', async ({ page }) => {
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل الدخول');
  });
});

test.describe('choosing a language without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the list sets the cookie and comes back to the same flow', async ({ page, context }) => {
    await page.goto('/login');
    const flowUrl = page.url();
    await expect(page.getByTestId('language-link')).toHaveText('Language: English');
    await page.getByTestId('language-link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your language');
    const languages = page.getByTestId('languages');
    await expect(languages.getByRole('link')).toHaveCount(83);
    await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await languages.getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(flowUrl);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
    await expect(page.getByTestId('language-link')).toHaveText('Sprache: Deutsch');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'locale')?.value).toBe('de');

    // Back without choosing also returns to the flow.
    await page.getByTestId('language-link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprache wählen');
    await page.getByRole('link', { name: 'Zurück' }).click();
    await expect(page).toHaveURL(flowUrl);
  });

  test('an off-site return_to never reaches the links', async ({ page }) => {
    await page.goto(`/language?return_to=${encodeURIComponent('https://evil.example/x')}`);
    await expect(page.getByTestId('languages').getByRole('link')).toHaveCount(83);
    for (const href of await page
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      expect(url.origin).toBe(new URL(page.url()).origin);
      expect(url.searchParams.get('return_to') ?? '/').toBe('/');
    }
  });
});
