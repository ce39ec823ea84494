#!/usr/bin/env node
// @ts-check
// Captures login and registration flows from a real Kratos started with another configuration,
// for the unit tests:
//   node scripts/capture-login-styles.mjs identifier-first   (login.style: identifier_first,
//                                                            account_enumeration.mitigate: true)
//   node scripts/capture-login-styles.mjs passwordless       (code.passwordless_enabled: true)
// Start the stack with that configuration first (see KRATOS_CONFIGS in scripts/lib/kratos-configs.mjs).
import {
  Browser,
  PASSWORD,
  PUBLIC,
  identity,
  mailCount,
  newestCode,
  save,
  uniqueEmail,
} from './lib/kratos-browser.mjs';

const mode = process.argv[2];

if (mode === 'identifier-first') {
  const known = await identity();
  const unknown = uniqueEmail('nobody');
  for (const [who, email] of [
    ['known', known],
    ['unknown', unknown],
  ]) {
    const b = new Browser();
    const start = await b.request(`${PUBLIC}/self-service/login/browser`);
    if (who === 'known') save('login-idfirst-identify', start);
    const step2 = await b.post(start.body, { method: 'identifier_first', identifier: email });
    save(`login-idfirst-${who}`, step2);
    const wrong = await b.post(step2.body, {
      method: 'password',
      identifier: email,
      password: 'not-the-password-1',
    });
    save(`login-idfirst-${who}-wrong-password`, wrong);
    if (who === 'known') {
      const ok = await b.post(wrong.body, {
        method: 'password',
        identifier: email,
        password: PASSWORD,
      });
      save('login-idfirst-known-signed-in', ok);
    }
  }
} else if (mode === 'passwordless') {
  const email = await identity();
  {
    const b = new Browser();
    const start = await b.request(`${PUBLIC}/self-service/login/browser`);
    save('login-passwordless-flow', start);
    let before = await mailCount(email);
    const sent = await b.post(start.body, { method: 'code', identifier: email });
    save('login-passwordless-sent', sent);
    const code = await newestCode(email, before);
    const wrong = await b.post(sent.body, {
      method: 'code',
      identifier: email,
      code: code === '000000' ? '111111' : '000000',
    });
    save('login-passwordless-wrong', wrong);
    before = await mailCount(email);
    const resent = await b.post(wrong.body, { method: 'code', identifier: email, resend: 'code' });
    save('login-passwordless-resent', resent);
    const fresh = await newestCode(email, before);
    const ok = await b.post(resent.body, { method: 'code', identifier: email, code: fresh });
    save('login-passwordless-signed-in', ok);
  }
  {
    // Attempts used up.
    const b = new Browser();
    const start = await b.request(`${PUBLIC}/self-service/login/browser`);
    let last = await b.post(start.body, { method: 'code', identifier: email });
    for (let i = 0; i < 6; i++) {
      last = await b.post(last.body, { method: 'code', identifier: email, code: '000000' });
      if (last.body?.ui?.messages?.some((m) => m.id === 4000001)) break;
    }
    save('login-passwordless-attempts-used-up', last);
  }
  {
    const b = new Browser();
    const newcomer = uniqueEmail('newcomer');
    const start = await b.request(`${PUBLIC}/self-service/registration/browser`);
    save('registration-passwordless-flow', start);
    const before = await mailCount(newcomer);
    const sent = await b.post(start.body, { method: 'code', 'traits.email': newcomer });
    save('registration-passwordless-sent', sent);
    const code = await newestCode(newcomer, before);
    const wrong = await b.post(sent.body, {
      method: 'code',
      'traits.email': newcomer,
      code: code === '000000' ? '111111' : '000000',
    });
    save('registration-passwordless-wrong', wrong);
    const ok = await b.post(wrong.body, { method: 'code', 'traits.email': newcomer, code });
    save('registration-passwordless-signed-up', ok);
  }
} else {
  console.error('usage: capture-login-styles.mjs identifier-first|passwordless');
  process.exit(2);
}
console.log(`${mode} fixtures written`);
