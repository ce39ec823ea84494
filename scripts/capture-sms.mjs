#!/usr/bin/env node
// @ts-check
// Captures the flows of the "Email and phone as second factor" configuration from the real
// Kratos, for the unit tests: registration with a phone (and a number that is not one), the
// phone's verification flow, the 2FA screen with both channels, the code by SMS (sent, wrong,
// accepted), the settings with a new or invalid number.
// Run against `npm run stack -- --fresh --kratos-config sms`, with KRATOS_PUBLIC_URL,
// KRATOS_ADMIN_URL, MAIL_API_URL and SMS_API_URL pointing at it.
import {
  Browser,
  PASSWORD,
  PUBLIC,
  mailCount,
  newestCode,
  newestSmsCode,
  save,
  smsCount,
  uniqueEmail,
} from './lib/kratos-browser.mjs';

// Fictional numbers (NANP 555-0100 to 555-0199), which Kratos's "tel" format accepts.
const suffix = String(100 + Math.floor(Math.random() * 100)).padStart(4, '0');
const phone = `+1 415-555-${suffix}`;
const phoneE164 = `+1415555${suffix}`;
const newPhone = `+1 212-555-${suffix}`;
const email = uniqueEmail('sms');

const b = new Browser();
const reg = (await b.request(`${PUBLIC}/self-service/registration/browser`)).body;
save('registration-sms-flow', { status: 200, body: reg });
const invalid = await b.post(reg, {
  method: 'password',
  password: PASSWORD,
  traits: { email, phone: '030 1234567' },
});
save('registration-sms-invalid-phone', invalid);

const smsBefore = await smsCount(phone);
const registered = await b.post(invalid.body, {
  method: 'password',
  password: PASSWORD,
  traits: { email, phone },
});
if (registered.status !== 200) throw new Error(`registration failed: ${registered.status}`);
save('registration-sms-success', registered);

// Kratos made one verification flow per address; the phone's got its code by SMS.
const phoneFlowId = registered.body.continue_with.find(
  (c) => c.action === 'show_verification_ui' && c.flow.verifiable_address === phone,
).flow.id;
const verification = await b.request(`${PUBLIC}/self-service/verification/flows?id=${phoneFlowId}`);
save('verification-sms-sent', verification);
const verifyCode = await newestSmsCode(phone, smsBefore);
save(
  'verification-sms-wrong',
  await b.post(verification.body, {
    method: 'code',
    code: verifyCode === '000000' ? '111111' : '000000',
  }),
);
// v1.3.1 has only an email field to (re)send a verification code: a phone number is refused.
save(
  'verification-sms-resend-refused',
  await b.post(verification.body, { method: 'code', email: phone }),
);
const verified = await b.post(verification.body, { method: 'code', code: verifyCode });
save('verification-sms-verified', verified);

// The 2FA screen: both addresses, then the code by SMS.
{
  const c = new Browser();
  const login = (await c.request(`${PUBLIC}/self-service/login/browser`)).body;
  await c.post(login, { method: 'password', identifier: email, password: PASSWORD });
  const aal2 = await c.request(`${PUBLIC}/self-service/login/browser?aal=aal2`);
  save('login-sms-aal2-choose', aal2);
  const before = await smsCount(phoneE164);
  const sent = await c.post(aal2.body, { method: 'code', address: phoneE164 });
  save('login-sms-code-sent', sent);
  const code = await newestSmsCode(phoneE164, before);
  const wrong = await c.post(sent.body, {
    method: 'code',
    code: code === '000000' ? '111111' : '000000',
  });
  save('login-sms-code-wrong', wrong);
  const ok = await c.post(wrong.body, { method: 'code', code });
  if (ok.status !== 200) throw new Error(`sign-in with the SMS code failed: ${ok.status}`);
  save('login-sms-code-success', ok);

  // The same identity choosing the email instead.
  const d = new Browser();
  const login2 = (await d.request(`${PUBLIC}/self-service/login/browser`)).body;
  await d.post(login2, { method: 'password', identifier: email, password: PASSWORD });
  const aal2b = await d.request(`${PUBLIC}/self-service/login/browser?aal=aal2`);
  const mails = await mailCount(email);
  save('login-sms-email-code-sent', await d.post(aal2b.body, { method: 'code', address: email }));
  await newestCode(email, mails);

  // Settings: a number that is not one, then a new number (Kratos texts it a code).
  const settings = (await c.request(`${PUBLIC}/self-service/settings/browser`)).body;
  save('settings-sms-flow', { status: 200, body: settings });
  save(
    'settings-sms-invalid-phone',
    await c.post(settings, { method: 'profile', traits: { email, phone: '12345' } }),
  );
  const fresh = (await c.request(`${PUBLIC}/self-service/settings/browser`)).body;
  const changed = await c.post(fresh, { method: 'profile', traits: { email, phone: newPhone } });
  save('settings-sms-phone-changed', changed);
}
