import { expect, test } from './fixtures';
import { en } from '../lib/i18n/en';
import { OWN_CATALOGS } from '../lib/i18n/own';

// The identity schema's field titles ("E-Mail", "First name", "Last name") come from our
// catalogs (schema.<field name>), so /registration has no English left in these languages.
const FIELDS = ['traits.email', 'traits.name.first', 'traits.name.last'] as const;
const ENGLISH = FIELDS.map((f) => en[`schema.${f}`]);

for (const [locale, catalog] of [
  ['fr', 'fr'],
  ['ja', 'ja'],
  ['hi', 'hi'],
  ['es', 'es'],
  ['pt-BR', 'pt'],
] as const) {
  test.describe(`/registration in ${locale}`, () => {
    test.use({ locale, extraHTTPHeaders: { 'accept-language': locale } });

    test('field titles translated, no English title left', async ({ page }) => {
      await page.goto('/registration');
      for (const field of FIELDS) {
        const title = OWN_CATALOGS[catalog]?.[`schema.${field}`];
        expect(title).toBeTruthy();
        await expect(page.getByLabel(title!, { exact: true })).toHaveAttribute('name', field);
      }
      const text = await page.locator('main').innerText();
      for (const english of ENGLISH) expect(text).not.toContain(english);
    });
  });
}
