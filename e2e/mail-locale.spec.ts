import { courierSubject } from '../lib/email/courier-templates';
import {
  MAIL_BRAND_NAME,
  expect,
  extractCode,
  secondFactor,
  test,
  waitForMail,
  type Mail,
} from './fixtures';
import { en } from '../lib/i18n/en';
import { OWN_CATALOGS } from '../lib/i18n/own';

// Kratos's mails in the page's language: every form the UI posts to Kratos carries
// transient_payload {"locale": …}, and the generated courier templates pick their branch
// from it (lib/email/courier-templates.ts). Real Kratos, real MailDev.

const t = (locale: string, key: keyof typeof en) => OWN_CATALOGS[locale]?.[key] ?? en[key];

/** Waits for the next mail with this message's subject in `locale`; checks body and direction. */
async function expectLocalized(
  email: string,
  message: Parameters<typeof courierSubject>[0],
  locale: string,
  heading: keyof typeof en,
): Promise<Mail> {
  const subject = courierSubject(message, MAIL_BRAND_NAME, locale);
  expect(subject).not.toBe(courierSubject(message, MAIL_BRAND_NAME, 'en'));
  const mail = await waitForMail(email, { subject });
  expect(mail.text).toContain(t(locale, heading));
  expect(mail.html).toContain(`lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}"`);
  expect(mail.html).toContain(t(locale, heading));
  return mail;
}

for (const locale of ['fr', 'ja', 'ar']) {
  test.describe(`mail in ${locale}`, () => {
    test.use({ locale, extraHTTPHeaders: { 'accept-language': locale } });

    test('sign-in code, recovery code and verification code', async ({ page, user }) => {
      // Sign-in code: password, then the emailed second factor.
      await page.goto('/login');
      await page.locator('input[name="identifier"]').fill(user.email);
      await page.locator('input[name="password"]').fill(user.password);
      await page.locator('button[name="method"][value="password"]').click();
      await expect(secondFactor(page)).toBeVisible();
      await page.getByTestId('send-code').first().click();
      const login = await expectLocalized(
        user.email,
        'login_code/valid',
        locale,
        'email.login.heading',
      );
      expect(extractCode(login)).toMatch(/^\d{6}$/);

      // Recovery code, from a fresh browser state.
      await page.context().clearCookies();
      await page.goto('/recovery');
      await page.locator('input[name="email"]').fill(user.email);
      await page.locator('button[name="method"][value="code"]').click();
      await expectLocalized(user.email, 'recovery_code/valid', locale, 'email.recovery.heading');

      // Verification code.
      await page.goto('/verification');
      await page.locator('input[name="email"]').fill(user.email);
      await page.locator('button[name="method"][value="code"]').click();
      await expectLocalized(
        user.email,
        'verification_code/valid',
        locale,
        'email.verification.heading',
      );
    });
  });
}
