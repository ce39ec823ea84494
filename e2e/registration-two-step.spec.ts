import {
  expect,
  findIdentity,
  test,
  TEST_PASSWORD,
  uniqueEmail,
  waitForMail,
  whoami,
} from './fixtures';

// Kratos's two-step (profile-first) registration. npm test runs this in its second pass, against a
// Kratos started with SELFSERVICE_FLOWS_REGISTRATION_ENABLE_LEGACY_ONE_STEP=false.

for (const javaScriptEnabled of [true, false]) {
  test(`two-step registration: profile, back, password, verification (JS ${javaScriptEnabled ? 'on' : 'off'}) @alt-kratos-config`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const email = uniqueEmail('twostep');
    await page.goto('/registration');
    // Step one: the profile only, no password yet.
    await expect(page.getByLabel('Password')).toHaveCount(0);
    await page.getByLabel('E-Mail').fill(email);
    await page.getByLabel('First name').fill('Ada');
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();

    // Step two: the password, with a way back that keeps the profile.
    await expect(page.getByLabel('Password')).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel('E-Mail')).toHaveValue(email);
    await expect(page.getByLabel('First name')).toHaveValue('Ada');
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();

    await expect(page).toHaveURL(/\/verification\?flow=/);
    expect((await waitForMail(email)).subject).toMatch(/verify/i);
    expect(await findIdentity(email)).toBeTruthy();
    expect((await whoami(page.request)).status).toBe(403);
    await context.close();
  });
}
