#!/usr/bin/env node
// Load benchmark: N complete sign-ins (password + email code) over plain HTTP against the real
// stack, at a given concurrency. Every request goes through the UI (pages, /start, the /kratos
// proxy), codes are read from the mail inbox. A benchmark, not a timed test.
//
//   npm run stack -- --fresh            # in one terminal
//   node bench/load.mjs --logins 500 --concurrency 20
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    logins: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '20' },
    ui: { type: 'string', default: process.env.BENCH_UI_URL ?? 'http://127.0.0.1:3000' },
    admin: {
      type: 'string',
      default: process.env.BENCH_KRATOS_ADMIN_URL ?? 'http://127.0.0.1:4434',
    },
    mail: { type: 'string', default: process.env.BENCH_MAIL_API_URL ?? 'http://127.0.0.1:1080' },
    json: { type: 'boolean', default: false },
  },
});
const LOGINS = Number(args.logins);
const CONCURRENCY = Number(args.concurrency);
const PASSWORD = 'Load-Test-Passphrase-7310';
const STEPS = [
  'create_flow',
  'render_login',
  'password',
  'aal2_flow',
  'render_2fa',
  'send_code',
  'read_mail',
  'render_code',
  'verify_code',
  'whoami',
];

const timings = Object.fromEntries(STEPS.map((s) => [s, []]));
let fiveHundreds = 0;
const failures = [];

class Client {
  jar = new Map();
  async req(step, path, { method = 'GET', form, accept = 'text/html' } = {}) {
    const started = performance.now();
    const res = await fetch(new URL(path, args.ui), {
      method,
      redirect: 'manual',
      headers: {
        accept,
        cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const value = pair.slice(i + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.jar.delete(pair.slice(0, i));
      else this.jar.set(pair.slice(0, i), value);
    }
    const body = await res.text();
    timings[step].push(performance.now() - started);
    if (res.status >= 500) fiveHundreds += 1;
    return { status: res.status, location: res.headers.get('location'), body };
  }
}

const field = (html, name) =>
  new RegExp(`name="${name}" value="([^"]*)"`)
    .exec(html)?.[1]
    ?.replaceAll('&amp;', '&')
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"');
const formAction = (html) =>
  /<form[^>]*action="(\/kratos\/[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
function expectRedirect(r, what) {
  if (r.status !== 303 && r.status !== 302 && r.status !== 307)
    throw new Error(`${what}: HTTP ${r.status}`);
  return r.location;
}

async function createIdentity(i) {
  const email = `load-${Date.now()}-${i}@example.org`;
  const res = await fetch(`${args.admin}/admin/identities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      schema_id: 'default',
      traits: { email },
      credentials: { password: { config: { password: PASSWORD } } },
    }),
  });
  if (!res.ok) throw new Error(`identity ${res.status}`);
  return email;
}

async function readCode(email) {
  const started = performance.now();
  for (let i = 0; i < 200; i++) {
    const res = await fetch(`${args.mail}/api/email?to.address=${encodeURIComponent(email)}`);
    const mails = await res.json();
    const match = mails.length ? /(^|\s)(\d{6})(\s|$)/m.exec(mails[mails.length - 1].text) : null;
    if (match) {
      timings.read_mail.push(performance.now() - started);
      return match[2];
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no mail');
}

async function signIn(email) {
  const c = new Client();
  const start = expectRedirect(await c.req('create_flow', '/start/login'), 'start');
  const login = await c.req('render_login', start);
  const action = formAction(login.body);
  const aal2 = expectRedirect(
    await c.req('password', action, {
      method: 'POST',
      form: {
        csrf_token: field(login.body, 'csrf_token'),
        identifier: email,
        password: PASSWORD,
        method: 'password',
      },
    }),
    'password',
  );
  const flowPage = expectRedirect(await c.req('aal2_flow', aal2), 'aal2 flow');
  const choose = await c.req('render_2fa', flowPage);
  if (!choose.body.includes('data-step="choose"')) throw new Error('2FA screen not in choose step');
  const sent = expectRedirect(
    await c.req('send_code', formAction(choose.body), {
      method: 'POST',
      form: { csrf_token: field(choose.body, 'csrf_token'), address: email },
    }),
    'send code',
  );
  const code = await readCode(email);
  const enter = await c.req('render_code', sent);
  const form = new URLSearchParams();
  for (const m of enter.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
    form.append(m[1], m[2].replaceAll('&amp;', '&'));
  form.set('code', code);
  form.set('method', 'code');
  const done = expectRedirect(
    await c.req('verify_code', formAction(enter.body), {
      method: 'POST',
      form: Object.fromEntries(form),
    }),
    'verify',
  );
  if (new URL(done, args.ui).pathname !== '/') throw new Error(`landed on ${done}`);
  const who = await c.req('whoami', '/kratos/sessions/whoami', { accept: 'application/json' });
  if (who.status !== 200 || JSON.parse(who.body).authenticator_assurance_level !== 'aal2')
    throw new Error(`whoami ${who.status}`);
}

const pct = (arr, p) => {
  if (!arr.length) return 0;
  const s = [...arr].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

console.error(`[load] creating ${LOGINS} identities…`);
const emails = [];
for (let i = 0; i < LOGINS; i += 20) {
  emails.push(
    ...(await Promise.all(
      Array.from({ length: Math.min(20, LOGINS - i) }, (_, k) => createIdentity(i + k)),
    )),
  );
}
console.error(`[load] ${LOGINS} sign-ins at concurrency ${CONCURRENCY}…`);
const started = performance.now();
let next = 0;
let ok = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < emails.length) {
      const email = emails[next++];
      try {
        await signIn(email);
        ok += 1;
      } catch (err) {
        failures.push(String(err.message ?? err));
      }
    }
  }),
);
const seconds = (performance.now() - started) / 1000;

const result = {
  logins: LOGINS,
  concurrency: CONCURRENCY,
  succeeded: ok,
  failed: failures.length,
  http5xx: fiveHundreds,
  seconds: Number(seconds.toFixed(1)),
  loginsPerSecond: Number((ok / seconds).toFixed(2)),
  steps: Object.fromEntries(
    STEPS.map((s) => [
      s,
      {
        n: timings[s].length,
        p50: +pct(timings[s], 50).toFixed(1),
        p95: +pct(timings[s], 95).toFixed(1),
        p99: +pct(timings[s], 99).toFixed(1),
      },
    ]),
  ),
  sampleFailures: [...new Set(failures)].slice(0, 5),
};
if (args.json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(
    `\n${ok}/${LOGINS} sign-ins in ${result.seconds} s = ${result.loginsPerSecond} logins/s; ${failures.length} failed; ${fiveHundreds} HTTP 5xx`,
  );
  console.log('step           p50 ms   p95 ms   p99 ms');
  for (const s of STEPS) {
    const t = result.steps[s];
    console.log(
      `${s.padEnd(14)}${String(t.p50).padStart(7)}${String(t.p95).padStart(9)}${String(t.p99).padStart(9)}`,
    );
  }
  if (failures.length) console.log('failures:', result.sampleFailures);
}
process.exit(failures.length ? 1 : 0);
