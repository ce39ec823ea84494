import type { Page } from '@playwright/test';
import {
  createPhoneUser,
  addresses,
  deleteIdentity,
  expect,
  extractCode,
  expectNoViolations,
  findIdentity,
  mailTo,
  phoneVerified,
  secondFactor,
  sendCode,
  smsTo,
  test as base,
  TEST_PASSWORD,
  UI_URL,
  uniqueEmail,
  uniquePhone,
  verificationLink,
  waitForMail,
  waitForSmsCode,
  whoami,
  type PhoneUser,
} from './fixtures';

// "Email and phone as second factor": npm test runs these against a Kratos started with
// kratos/identity.sms.schema.json (scripts/lib/kratos-configs.mjs, `sms`); text messages go to
// the local SMS gateway (scripts/sms-gateway.mjs) through the courier's `sms` channel.

const test = base.extend<{ phoneUser: PhoneUser }>({
  phoneUser: async ({}, use) => {
    const user = await createPhoneUser();
    await use(user);
    await deleteIdentity(user.id);
  },
});

const message = (page: Page) => page.getByTestId('second-factor-message');
const smsField = (page: Page) => page.getByLabel('Code from the text message');
/** Types the code into the SMS code field and presses Enter (which submits the code). */
async function submitSms(page: Page, code: string) {
  await smsField(page).fill(code);
  await smsField(page).press('Enter');
}

const other = (code: string) => (code === '000000' ? '111111' : '000000');

async function signIn(page: Page, user: PhoneUser) {
  await page.goto('/login');
  // Two identifiers (email and phone): Kratos labels the field "ID".
  await page.getByLabel('ID', { exact: true }).fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
}

/** Presses "Text a code to +1 ••• ••• 0142" and returns the code the gateway received. */
async function textCode(page: Page, user: PhoneUser, label = `Text a code to ${user.masked}`) {
  const before = (await smsTo(user.e164)).length;
  await page.getByRole('button', { name: label }).click();
  await expect(secondFactor(page)).toHaveAttribute('data-step', 'enter-code');
  return waitForSmsCode(user.e164, before);
}

async function expectAal2(page: Page, email: string) {
  await expect(page).toHaveURL(`${UI_URL}/`);
  const session = await whoami(page.request);
  expect(session.status).toBe(200);
  expect(session.aal).toBe('aal2');
  expect(session.methods).toEqual(['password', 'code']);
  expect(session.email).toBe(email);
}

test.describe('code by text message @sms', () => {
  test('registration with email and phone: a number that is not one, then the verification flow Kratos shows', async ({
    page,
  }) => {
    const email = uniqueEmail('signup');
    const number = uniquePhone();
    await page.goto('/registration');
    const phone = page.getByLabel('Phone number');
    await expect(phone).toHaveAttribute('type', 'tel');
    await expect(phone).toHaveAttribute('autocomplete', 'tel');
    await expect(page.getByText('International format: + and the country code')).toBeVisible();
    await page.getByLabel('E-Mail').fill(email);
    await phone.fill('030 1234567');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await expect(
      page.getByText('This is not a phone number in international format.'),
    ).toBeVisible();
    expect(await findIdentity(email)).toBeUndefined();

    const before = (await smsTo(number.e164)).length;
    await page.getByLabel('Phone number').fill(number.phone);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    // Kratos made a verification flow per address, texted the phone its code and mailed the
    // email its own, and sends the browser to one of the two flows (the last it made). The
    // flow does not say which, so the page speaks of both.
    await expect(
      page.getByRole('heading', { name: 'Verify your email or phone number' }),
    ).toBeVisible();
    await expect(page.getByTestId('flow-note')).toHaveAttribute(
      'data-note',
      'verification.sent-any',
    );
    const smsCode = await waitForSmsCode(number.e164, before);
    const mail = await waitForMail(email);
    const identity = await findIdentity(email);
    expect(identity).toBeDefined();
    // The stored number is the E.164 form the UI posted (separators stripped by the proxy).
    expect(await addresses(identity!.id)).toEqual({
      [email]: false,
      [number.e164]: false,
    });
    // The mail's link names the email's flow; the page shows that one or the phone's.
    const pageFlow = new URL(page.url()).searchParams.get('flow');
    const mailFlow = new URL(verificationLink(mail)).searchParams.get('flow');
    const [code, verified] =
      pageFlow === mailFlow ? [extractCode(mail), email] : [smsCode, number.e164];
    await page.getByLabel('Verification code').fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByTestId('flow-note')).toHaveAttribute(
      'data-note',
      'verification.done-any',
    );
    expect((await addresses(identity!.id))[verified]).toBe(true);
    await deleteIdentity(identity!.id);
  });

  test('password, then the code by SMS: both channels offered, a wrong code, Enter submits; axe', async ({
    page,
    phoneUser,
  }) => {
    await signIn(page, phoneUser);
    const send = page.getByTestId('send-code');
    await expect(send).toHaveCount(2);
    await expect(
      page.getByRole('button', { name: `Text a code to ${phoneUser.masked}` }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: `Send code to ${phoneUser.email}` }),
    ).toBeVisible();
    await expect(secondFactor(page)).toContainText(`Signing in as ${phoneUser.email}`);
    await expect(secondFactor(page)).not.toContainText(phoneUser.e164);
    await expect(message(page)).toHaveCount(1);
    await expectNoViolations(page, '2FA screen with email and phone');

    const code = await textCode(page, phoneUser);
    await expect(message(page)).toHaveText(`We texted a code to ${phoneUser.masked}.`);
    await expect(smsField(page)).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(smsField(page)).toHaveAttribute('inputmode', 'numeric');
    await expectNoViolations(page, 'SMS code step');
    expect((await smsTo(phoneUser.e164))[0]?.templateType).toBe('login_code_valid');

    await submitSms(page, other(code));
    await expect(message(page)).toHaveAttribute('data-message-id', '4010008');
    await expect(message(page)).toHaveCount(1);
    await expect(smsField(page)).toHaveAttribute('aria-invalid', 'true');
    expect((await whoami(page.request)).status).toBe(403);

    await submitSms(page, code);
    await expectAal2(page, phoneUser.email);
  });

  test('the email code instead of the text message', async ({ page, phoneUser }) => {
    await signIn(page, phoneUser);
    const texts = (await smsTo(phoneUser.e164)).length;
    const code = await sendCode(page, phoneUser.email);
    await page.getByLabel('Code from the email').fill(code);
    await page.getByLabel('Code from the email').press('Enter');
    await expectAal2(page, phoneUser.email);
    expect(await smsTo(phoneUser.e164)).toHaveLength(texts);
  });

  test('resend by SMS: a cooldown, then the new code works and goes to the same phone', async ({
    page,
    phoneUser,
  }) => {
    await signIn(page, phoneUser);
    const oldCode = await textCode(page, phoneUser);
    const mails = (await mailTo(phoneUser.email)).length;
    const resend = page.getByTestId('resend-code');
    await expect(resend).toBeDisabled();
    // The cooldown is a courtesy, not a lock: post the form as a no-JS browser would.
    await resend.evaluate((b: HTMLButtonElement) => (b.disabled = false));
    const before = (await smsTo(phoneUser.e164)).length;
    await resend.click();
    const newCode = await waitForSmsCode(phoneUser.e164, before);
    expect(newCode).not.toBe(oldCode);
    expect(await mailTo(phoneUser.email)).toHaveLength(mails);
    await submitSms(page, oldCode);
    await expect(message(page)).toHaveAttribute('data-message-id', '4010008');
    await submitSms(page, newCode);
    await expectAal2(page, phoneUser.email);
  });

  test('attempts used up: a fresh flow, told why, and the code by SMS still works', async ({
    page,
    phoneUser,
  }) => {
    await signIn(page, phoneUser);
    const code = await textCode(page, phoneUser);
    for (let i = 0; i < 6; i++) {
      if ((await secondFactor(page).getAttribute('data-step')) !== 'enter-code') break;
      await submitSms(page, other(code));
      await expect(message(page)).toHaveCount(1);
    }
    await expect(message(page)).toHaveAttribute('data-message-id', 'attempts');
    await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
    const fresh = await textCode(page, phoneUser);
    await submitSms(page, fresh);
    await expectAal2(page, phoneUser.email);
  });

  test('settings: an unverified phone is verified by a code sent to it', async ({
    page,
    phoneUser,
  }) => {
    // The email code to aal2: a code by SMS would verify the phone on its own.
    await signIn(page, phoneUser);
    const first = await sendCode(page, phoneUser.email);
    await page.getByLabel('Code from the email').fill(first);
    await page.getByLabel('Code from the email').press('Enter');
    await expectAal2(page, phoneUser.email);
    expect(await phoneVerified(phoneUser.id)).toBe(false);

    await page.goto('/settings');
    const phones = page.getByTestId('settings-phones');
    await expect(phones).toContainText(`${phoneUser.masked} is not verified yet.`);
    await page.getByTestId('verify-phone').click();
    // Only the phone is offered: the sign-in that texts it a code.
    await expect(page.getByTestId('send-code')).toHaveCount(1);
    const code = await textCode(page, phoneUser);
    await submitSms(page, code);
    await expect(page).toHaveURL(/\/settings/);
    await expect(phones).toContainText(`${phoneUser.masked} is verified.`);
    expect(await phoneVerified(phoneUser.id)).toBe(true);
  });
});

test.describe('code by text message without JavaScript @sms', () => {
  test.use({ javaScriptEnabled: false });

  test('send, resend and sign in with the code by SMS', async ({ page, phoneUser }) => {
    await signIn(page, phoneUser);
    await textCode(page, phoneUser);
    const before = (await smsTo(phoneUser.e164)).length;
    await page.getByTestId('resend-code').click();
    const code = await waitForSmsCode(phoneUser.e164, before);
    await smsField(page).fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectAal2(page, phoneUser.email);
  });
});

test.describe('code by text message in German @sms', () => {
  test.use({ locale: 'de-DE', extraHTTPHeaders: { 'accept-language': 'de-DE,de;q=0.9' } });

  test('the 2FA screen and a number that is not one, in German', async ({ page, phoneUser }) => {
    await page.goto('/registration');
    await page.getByLabel('E-Mail').fill(uniqueEmail('de'));
    await page.locator('input[name="traits.phone"]').fill('12345');
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.locator('button[name="method"][value="password"]').click();
    await expect(
      page.getByText('Das ist keine Telefonnummer im internationalen Format.'),
    ).toBeVisible();

    await page.goto('/login');
    await page.locator('input[name="identifier"]').fill(phoneUser.email);
    await page.locator('input[name="password"]').fill(phoneUser.password);
    await page.locator('button[name="method"][value="password"]').click();
    await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');
    await expect(secondFactor(page)).toContainText('Wir senden Ihnen einen Einmalcode.');
    const code = await textCode(page, phoneUser, `Code per SMS an ${phoneUser.masked} senden`);
    await expect(message(page)).toHaveText(
      `Wir haben einen Code per SMS an ${phoneUser.masked} gesendet.`,
    );
    await page.getByLabel('Code aus der SMS').fill(code);
    await page.getByLabel('Code aus der SMS').press('Enter');
    await expectAal2(page, phoneUser.email);
  });
});
