#!/usr/bin/env node
// @ts-check
// Captures the second-factor screen's flows for an identity with several factors (authenticator
// app, backup codes and the email code) from the real Kratos, for the unit tests.
// Run against a running stack (`npm run stack`), with KRATOS_PUBLIC_URL, KRATOS_ADMIN_URL and
// MAIL_API_URL pointing at it.
import {
  Browser,
  PASSWORD,
  PUBLIC,
  identity,
  mailCount,
  newestCode,
  save,
  totpCode,
} from './lib/kratos-browser.mjs';

/** Password, then the aal2 flow Kratos asks for. */
async function toSecondFactor(b, email) {
  const login = await b.request(`${PUBLIC}/self-service/login/browser`);
  await b.post(login.body, { method: 'password', identifier: email, password: PASSWORD });
  return b.request(`${PUBLIC}/self-service/login/browser?aal=aal2`);
}

async function withEmailCode(b, email, flow) {
  const before = await mailCount(email);
  const sent = await b.post(flow, { address: email });
  const code = await newestCode(email, before);
  return { sent, code };
}

const email = await identity();
const b = new Browser();
{
  const aal2 = await toSecondFactor(b, email);
  const { sent, code } = await withEmailCode(b, email, aal2.body);
  const ok = await b.post(sent.body, { method: 'code', identifier: email, code });
  if (ok.status !== 200) throw new Error(`aal2 sign-in failed: ${ok.status}`);
}

// Link the authenticator app and confirm backup codes in the settings.
let settings = (await b.request(`${PUBLIC}/self-service/settings/browser`)).body;
const secret = settings.ui.nodes.find((n) => n.attributes.id === 'totp_secret_key')?.attributes.text
  .text;
settings = (await b.post(settings, { method: 'totp', totp_code: totpCode(secret) })).body;
settings = (await b.post(settings, { method: 'lookup_secret', lookup_secret_regenerate: true }))
  .body;
const codes = settings.ui.nodes
  .find((n) => n.attributes.id === 'lookup_secret_codes')
  ?.attributes.text.context.secrets.map((s) => s.text);
const confirmed = await b.post(settings, { method: 'lookup_secret', lookup_secret_confirm: true });
if (confirmed.status !== 200 || !codes?.length) throw new Error('backup codes not confirmed');

{
  const c = new Browser();
  const aal2 = await toSecondFactor(c, email);
  save('login-aal2-several-factors', aal2);
  const wrongTotp = totpCode(secret) === '000000' ? '111111' : '000000';
  const totpWrong = await c.post(aal2.body, { method: 'totp', totp_code: wrongTotp });
  save('login-totp-wrong', totpWrong);
  const lookupWrong = await c.post(totpWrong.body, {
    method: 'lookup_secret',
    lookup_secret: 'notacode',
  });
  save('login-lookup-wrong', lookupWrong);
  const { sent } = await withEmailCode(c, email, lookupWrong.body);
  save('login-several-factors-code-sent', sent);
  const codeWrong = await c.post(sent.body, { method: 'code', identifier: email, code: '00000' });
  save('login-several-factors-code-wrong', codeWrong);
  const used = await c.post(codeWrong.body, { method: 'lookup_secret', lookup_secret: codes[0] });
  save('login-lookup-success', used);
}
{
  const c = new Browser();
  const aal2 = await toSecondFactor(c, email);
  save(
    'login-lookup-reused',
    await c.post(aal2.body, { method: 'lookup_secret', lookup_secret: codes[0] }),
  );
}
console.log('second-factor fixtures written');
