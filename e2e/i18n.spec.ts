import type { Page } from '@playwright/test';
import { en } from '../lib/i18n/en';
import { courierSubject } from '../lib/email/courier-templates';
import { expect, MAIL_BRAND_NAME, mailTo, secondFactor, test, waitForCode } from './fixtures';

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

// French, Japanese and Hindi: our strings come from our catalogs (lib/i18n/fr.ts, ja.ts, hi.ts)
// where Ory has none, and from Ory's catalogs where Ory translates the same string
// (lib/i18n/ory-keys.json): no English string of ours is left on /login or the 2FA screen.
const ourEnglish = new Set<string>(
  Object.values(en).filter((text) => !/[{}]/.test(text) && /\p{L}{2}/u.test(text)),
);

/** Lines of the page's visible text that are one of our English strings (the product name in
 * the header is the brand's, in no language). */
async function englishOfOurs(page: Page): Promise<string[]> {
  const brandName = (await page.getByTestId('brand').innerText()).trim();
  const lines = (await page.locator('body').innerText()).split('\n').map((l) => l.trim());
  return lines.filter((line) => line !== brandName && ourEnglish.has(line));
}

const languages = [
  {
    locale: 'fr',
    signIn: 'Se connecter',
    forgot: 'Mot de passe oublié?',
    twoStep: 'Authentification à deux facteurs',
    choose: 'Un code de vérification sera envoyé par e-mail',
    cancel: 'Annuler et se déconnecter',
    codeLabel: 'Code de courrier électronique',
    resend: /^(Renvoyer le code|Envoyer un nouveau code \(\d+ secondes?\))$/,
  },
  {
    locale: 'ja',
    signIn: 'ログイン',
    forgot: 'パスワードを忘れた場合？',
    twoStep: '2段階認証',
    choose: 'メールで検証コードが送信されます',
    cancel: 'キャンセルしてログアウト',
    codeLabel: 'メールコード',
    resend: /^(コードを再送|新しいコードを送信 \(\d+ 秒\))$/,
  },
  {
    locale: 'hi',
    signIn: 'लॉग इन करें',
    forgot: 'पासवर्ड भूल गए?',
    twoStep: 'द्वितीयक कारक प्रमाणन',
    choose: 'ईमेल द्वारा एक सत्यापन कोड भेजा जाएगा',
    cancel: 'रद्द करें और साइन आउट करें',
    codeLabel: 'ईमेल कोड',
    resend: /^(कोड पुनः भेजें|नया कोड भेजें \(\d+ सेकंड\))$/,
  },
] as const;

for (const lang of languages) {
  test.describe(`${lang.locale}: /login and the 2FA screen`, () => {
    test.use({ locale: lang.locale, extraHTTPHeaders: { 'accept-language': lang.locale } });

    test('in the language, with no English string of ours left', async ({ page, user }) => {
      await page.goto('/login');
      await expect(page.locator('html')).toHaveAttribute('lang', lang.locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.signIn);
      await expect(page.getByRole('link', { name: lang.forgot })).toBeVisible();
      expect(await englishOfOurs(page)).toEqual([]);

      await page.locator('input[name=identifier]').fill(user.email);
      await page.locator('input[name=password]').fill(user.password);
      await page.locator('button[name=method][value=password]').click();
      await expect(secondFactor(page)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.twoStep);
      await expect(page.getByText(lang.choose)).toBeVisible();
      await expect(page.getByRole('button', { name: lang.cancel })).toBeVisible();
      expect(await englishOfOurs(page)).toEqual([]);

      // The code step: the field, Continue and the resend button.
      // The mail comes in the page's language too (docs/mail-language.md).
      const subject = courierSubject('login_code/valid', MAIL_BRAND_NAME, lang.locale);
      const before = (await mailTo(user.email, subject)).length;
      await page.getByTestId('send-code').first().click();
      await expect(secondFactor(page)).toHaveAttribute('data-step', 'enter-code');
      await expect(page.getByLabel(lang.codeLabel)).toBeVisible();
      // The resend button, or its countdown while the cooldown runs.
      await expect(page.getByTestId('resend-code')).toHaveText(lang.resend);
      expect(await englishOfOurs(page)).toEqual([]);
      const code = await waitForCode(user.email, before, subject);
      await page.getByLabel(lang.codeLabel).fill(code);
      await page.getByTestId('submit-code').click();
      await expect(page).not.toHaveURL(/\/login/);
    });
  });
}
