#!/usr/bin/env node
// @ts-check
// Captures flow and error JSON from the real Kratos for the unit tests (test/fixtures/kratos).
// Run against a running stack: `npm run stack` in one terminal, `npm run capture-fixtures` in another.
// Unit tests use only JSON written by this script, never hand-written flows.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'test/fixtures/kratos');
const PUBLIC = process.env.KRATOS_PUBLIC_URL || 'http://127.0.0.1:4433';
const ADMIN = process.env.KRATOS_ADMIN_URL || 'http://127.0.0.1:4434';
const MAIL = process.env.MAIL_API_URL || 'http://127.0.0.1:1080';
const PASSWORD = 'Sturdy-Passphrase-4821';

/** A minimal cookie jar: Kratos's browser flows need their CSRF and session cookies back. */
class Browser {
  cookies = new Map();
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  store(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }
  async request(
    url,
    {
      method = 'GET',
      body,
    } = /** @type {{ method?: string, body?: unknown, headers?: Record<string, string> }} */ ({}),
  ) {
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        accept: 'application/json',
        cookie: this.header(),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    this.store(res);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
}

function save(name, { status, body }) {
  writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify({ status, body }, null, 2)}\n`);
  console.log(`captured ${name} (HTTP ${status})`);
}

const csrf = (flow) =>
  flow.ui.nodes.find((n) => n.attributes.name === 'csrf_token')?.attributes.value;

async function newestCode(email, after) {
  for (let i = 0; i < 80; i++) {
    const mails = (await (await fetch(`${MAIL}/api/email`)).json()).filter((m) =>
      m.to.some((t) => t.address === email),
    );
    if (mails.length > after) return /(^|\s)(\d{6})(\s|$)/m.exec(mails.at(-1).text)[2];
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('no mail');
}

async function mailCount(email) {
  return (await (await fetch(`${MAIL}/api/email`)).json()).filter((m) =>
    m.to.some((t) => t.address === email),
  ).length;
}

async function identity() {
  const email = `capture-${Date.now()}-${Math.random().toString(16).slice(2, 8)}@example.org`;
  const res = await fetch(`${ADMIN}/admin/identities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      schema_id: 'default',
      traits: { email },
      credentials: { password: { config: { password: PASSWORD } } },
    }),
  });
  if (!res.ok) throw new Error(`identity: ${res.status}`);
  return email;
}

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

mkdirSync(out, { recursive: true });

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

console.log(`fixtures written to ${path.relative(root, out)}`);
