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

test.describe('language switcher without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('sets the cookie and comes back to the same flow', async ({ page, context }) => {
    await page.goto('/login');
    const flowUrl = page.url();
    await page.getByTestId('locale-switcher').locator('select').selectOption('de');
    await page.getByTestId('locale-switcher').getByRole('button').click();
    await expect(page).toHaveURL(flowUrl);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmelden');
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'locale')?.value).toBe('de');
  });
});
