import type { Page } from '@playwright/test';
import {
  enterCode,
  expect,
  expectNoViolations,
  secondFactor,
  sendCode,
  test,
  uniqueEmail,
  UI_URL,
  whoami,
} from './fixtures';

// Identifier-first login with account enumeration mitigated: npm test runs these against a Kratos
// started with selfservice.flows.login.style=identifier_first and
// security.account_enumeration.mitigate=true (scripts/lib/kratos-configs.mjs).

/** The card's markup with everything that differs per account or per flow taken out. */
async function card(page: Page, email: string): Promise<string> {
  const html = await page.locator('main').innerHTML();
  return html
    .replaceAll(email, 'EMAIL')
    .replaceAll(encodeURIComponent(email), 'EMAIL')
    .replace(/ value="[^"]*"/g, '')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID');
}

async function identify(page: Page, email: string) {
  await page.goto('/login');
  await expect(page.getByLabel('Password')).toHaveCount(0);
  await page.getByLabel('E-Mail').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('identifier-first-account')).toContainText(
    `Signing in as ${email}`,
  );
}

async function wrongPassword(page: Page) {
  await page.getByLabel('Password').fill('not-the-password-1');
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(page.locator('[data-message-id="4000006"]')).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`identifier first @identifier-first (JS ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });
    // axe runs inside the page, so it needs JavaScript; the server sends the same markup either way.

    test('step 1 asks only for the account, social sign-in still shown', async ({ page }) => {
      await page.goto('/login');
      await expect(page.getByLabel('E-Mail')).toBeVisible();
      await expect(page.getByLabel('Password')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Sign in with Example' })).toBeVisible();
      await expect(page.getByTestId('identifier-first-account')).toHaveCount(0);
      if (javaScriptEnabled) await expectNoViolations(page, 'identifier-first step 1');
    });

    test('a known account: its methods, "Not you?" back, then password and the second factor', async ({
      page,
      user,
    }) => {
      await identify(page, user.email);
      await expect(page.getByLabel('Password')).toBeVisible();
      await expect(page.getByLabel('E-Mail')).toHaveCount(0);
      // "Not you?" goes back to step 1.
      await page.getByTestId('not-you').click();
      await expect(page.getByLabel('E-Mail')).toBeVisible();
      await expect(page.getByLabel('E-Mail')).toHaveValue('');
      await expect(page.getByTestId('identifier-first-account')).toHaveCount(0);

      await identify(page, user.email);
      await page.getByLabel('Password').fill(user.password);
      await page.getByLabel('Password').press('Enter');
      await expect(secondFactor(page)).toHaveAttribute('data-factor', 'code');
      await enterCode(page, await sendCode(page, user.email));
      await expect(page).toHaveURL(`${UI_URL}/`);
      const session = await whoami(page.request);
      expect(session.aal).toBe('aal2');
      expect(session.methods).toEqual(['password', 'code']);
    });

    test('a known and an unknown account see the same step 2 and the same wrong-password error', async ({
      page,
      user,
    }) => {
      const nobody = uniqueEmail('nobody');
      await identify(page, user.email);
      if (javaScriptEnabled) await expectNoViolations(page, 'identifier-first step 2');
      const known = await card(page, user.email);
      await wrongPassword(page);
      if (javaScriptEnabled) await expectNoViolations(page, 'identifier-first wrong password');
      const knownWrong = await card(page, user.email);

      await page.context().clearCookies();
      await identify(page, nobody);
      expect(await card(page, nobody)).toBe(known);
      await wrongPassword(page);
      expect(await card(page, nobody)).toBe(knownWrong);
      expect((await whoami(page.request)).status).toBe(401);
    });
  });
}
