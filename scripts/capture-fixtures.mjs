#!/usr/bin/env node
// @ts-check
// Captures flow and error JSON from the real Kratos for the unit tests (test/fixtures/kratos).
// Run against a running stack: `npm run stack` in one terminal, `npm run capture-fixtures` in another.
// Unit tests use only JSON written by this script, never hand-written flows.
import {
  Browser,
  createIdentity,
  csrf,
  mailCount,
  newestCode,
  PASSWORD,
  PUBLIC,
  save,
} from './lib/kratos-browser.mjs';

/** An identity whose email is not verified yet (as a fresh sign-up's). */
const identity = async () => (await createIdentity({ verified: false })).email;

/** Password login, then an aal2 flow (optionally with refresh=true). */
async function toSecondFactor(b, email, query = 'aal=aal2') {
  const login = await b.request(`${PUBLIC}/self-service/login/browser`);
  const pw = await b.request(`${PUBLIC}/self-service/login?flow=${login.body.id}`, {
    method: 'POST',
    body: {
      method: 'password',
      identifier: email,
      password: PASSWORD,
      csrf_token: csrf(login.body),
    },
  });
  const aal2 = await b.request(`${PUBLIC}/self-service/login/browser?${query}`);
  return { login, pw, aal2 };
}

{
  const b = new Browser();
  save('login-flow-aal1', await b.request(`${PUBLIC}/self-service/login/browser`));
  save('registration-flow', await b.request(`${PUBLIC}/self-service/registration/browser`));
  save(
    'login-flow-unknown-id',
    await b.request(`${PUBLIC}/self-service/login/flows?id=00000000-0000-4000-8000-000000000000`),
  );
  save('whoami-anonymous', await b.request(`${PUBLIC}/sessions/whoami`));
  save(
    'login-aal2-without-session',
    await b.request(`${PUBLIC}/self-service/login/browser?aal=aal2`),
  );
}

{
  const b = new Browser();
  const email = await identity();
  const { pw, aal2 } = await toSecondFactor(b, email, 'aal=aal2&refresh=true');
  save('login-password-aal2-required', pw);
  save('login-aal2-refresh-choose-method', aal2);
  save('whoami-aal1-needs-aal2', await b.request(`${PUBLIC}/sessions/whoami`));
  const flowId = aal2.body.id;

  const foreign = await b.request(`${PUBLIC}/self-service/login?flow=${flowId}`, {
    method: 'POST',
    body: { csrf_token: csrf(aal2.body), address: 'someone-else@example.org' },
  });
  save('login-code-foreign-address', foreign);

  const before = await mailCount(email);
  const sent = await b.request(`${PUBLIC}/self-service/login?flow=${flowId}`, {
    method: 'POST',
    body: { csrf_token: csrf(foreign.body), address: email },
  });
  save('login-code-sent', sent);
  const code = await newestCode(email, before);

  const wrong = await b.request(`${PUBLIC}/self-service/login?flow=${flowId}`, {
    method: 'POST',
    body: {
      csrf_token: csrf(sent.body),
      method: 'code',
      identifier: email,
      code: code === '000000' ? '111111' : '000000',
    },
  });
  save('login-code-wrong', wrong);

  const empty = await b.request(`${PUBLIC}/self-service/login?flow=${flowId}`, {
    method: 'POST',
    body: { csrf_token: csrf(wrong.body), method: 'code', identifier: email, code: '' },
  });
  save('login-code-empty', empty);

  const forged = await b.request(`${PUBLIC}/self-service/login?flow=${flowId}`, {
    method: 'POST',
    body: { csrf_token: 'forged', method: 'code', identifier: email, code },
  });
  save('login-code-forged-csrf', forged);

  const ok = await b.request(`${PUBLIC}/self-service/login?flow=${flowId}`, {
    method: 'POST',
    body: { csrf_token: csrf(empty.body), method: 'code', identifier: email, code },
  });
  save('login-code-success', ok);
  save('whoami-aal2', await b.request(`${PUBLIC}/sessions/whoami`));
  save(
    'login-aal2-refresh-of-aal2-session',
    await b.request(`${PUBLIC}/self-service/login/browser?aal=aal2&refresh=true`),
  );
  save('login-already-signed-in', await b.request(`${PUBLIC}/self-service/login/browser?aal=aal2`));
}

{
  // Attempts used up: wrong codes until Kratos refuses the flow.
  const b = new Browser();
  const email = await identity();
  const { aal2 } = await toSecondFactor(b, email);
  const flowId = aal2.body.id;
  let last = await b.request(`${PUBLIC}/self-service/login?flow=${flowId}`, {
    method: 'POST',
    body: { csrf_token: csrf(aal2.body), address: email },
  });
  save('login-aal2-choose-method', aal2);
  for (let i = 0; i < 6; i++) {
    last = await b.request(`${PUBLIC}/self-service/login?flow=${flowId}`, {
      method: 'POST',
      body: { csrf_token: csrf(last.body), method: 'code', identifier: email, code: '000000' },
    });
    if (last.body?.ui?.messages?.some((m) => m.id === 4000001)) break;
  }
  save('login-code-attempts-used-up', last);
}

console.log('fixtures written to test/fixtures/kratos');
