#!/usr/bin/env node
// @ts-check
// Load benchmark: N complete sign-ins (password + email code) over plain HTTP against the real
// stack, at a given concurrency. Every request goes through the UI (pages, /start, the /kratos
// proxy), codes are read from the mail inbox. A benchmark, not a timed test.
//
//   TRUSTED_PROXY_HOPS=1 npm run stack -- --fresh --kratos-config limits   # in one terminal
//   node bench/load.mjs --logins 500 --concurrency 20
// (the limits at their production defaults; each sign-in presents its own client address)
import { parseArgs } from 'node:util';
import {
  isMain,
  machineLoad,
  percentile,
  printTable,
  requireStack,
  urls,
  writeResult,
} from './lib/common.mjs';
import {
  Client,
  createIdentity,
  field,
  formAction,
  hiddenInputs,
  waitForCode,
} from './lib/kratos.mjs';

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

/** The shared cookie-jar client, timing each request into `timings[step]`. */
class TimedClient extends Client {
  constructor(stats, forwardedFor) {
    super({ forwardedFor });
    this.stats = stats;
  }
  async step(step, path, opts) {
    const started = performance.now();
    const r = await this.req(path, opts);
    this.stats.timings[step].push(performance.now() - started);
    if (r.status >= 500) this.stats.fiveHundreds += 1;
    return r;
  }
}

function expectRedirect(r, what) {
  if (r.status !== 303 && r.status !== 302 && r.status !== 307)
    throw new Error(`${what}: HTTP ${r.status}`);
  return r.location;
}

/**
 * The n-th sign-in's client address, from the benchmarking range 198.18.0.0/15: each user signs
 * in from a device of their own, as on the internet, so the per-client abuse limits (30 codes in
 * 10 minutes) see 500 clients, not one. The UI must trust one proxy hop to believe it
 * (TRUSTED_PROXY_HOPS=1); see bench/README.md.
 */
const clientAddress = (n) => `198.18.${(n >> 8) & 255}.${n & 255}`;

async function signIn(user, stats, n) {
  const c = new TimedClient(stats, clientAddress(n));
  const start = expectRedirect(await c.step('create_flow', '/start/login'), 'start');
  const login = await c.step('render_login', start);
  const aal2 = expectRedirect(
    await c.step('password', formAction(login.body), {
      method: 'POST',
      form: {
        csrf_token: field(login.body, 'csrf_token'),
        identifier: user.email,
        password: user.password,
        method: 'password',
      },
    }),
    'password',
  );
  const flowPage = expectRedirect(await c.step('aal2_flow', aal2), 'aal2 flow');
  const choose = await c.step('render_2fa', flowPage);
  if (!choose.body.includes('data-step="choose"')) throw new Error('2FA screen not in choose step');
  const sent = expectRedirect(
    await c.step('send_code', formAction(choose.body), {
      method: 'POST',
      form: { csrf_token: field(choose.body, 'csrf_token'), address: user.email },
    }),
    'send code',
  );
  const { code, waitMs } = await waitForCode(user.email, { intervalMs: 100 });
  stats.timings.read_mail.push(waitMs);
  const enter = await c.step('render_code', sent);
  const form = new URLSearchParams(hiddenInputs(enter.body));
  form.set('code', code);
  form.set('method', 'code');
  const done = expectRedirect(
    await c.step('verify_code', formAction(enter.body), {
      method: 'POST',
      form: Object.fromEntries(form),
    }),
    'verify',
  );
  if (new URL(done, urls.ui).pathname !== '/') throw new Error(`landed on ${done}`);
  const who = await c.step('whoami', '/kratos/sessions/whoami', { accept: 'application/json' });
  if (who.status !== 200 || JSON.parse(who.body).authenticator_assurance_level !== 'aal2')
    throw new Error(`whoami ${who.status}`);
}

export async function run({ logins = 500, concurrency = 20, log = console.error } = {}) {
  await requireStack();
  const stats = { timings: Object.fromEntries(STEPS.map((s) => [s, []])), fiveHundreds: 0 };
  const failures = [];
  log(`[load] creating ${logins} identities…`);
  const users = [];
  for (let i = 0; i < logins; i += 20) {
    users.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(20, logins - i) }, (_, k) =>
          createIdentity(`load-${Date.now()}-${i + k}@example.org`),
        ),
      )),
    );
  }
  const loadBefore = machineLoad();
  log(`[load] ${logins} sign-ins at concurrency ${concurrency}…`);
  const started = performance.now();
  let next = 0;
  let ok = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < users.length) {
        const n = next++;
        const user = users[n];
        try {
          await signIn(user, stats, n);
          ok += 1;
        } catch (err) {
          failures.push(String(err.message ?? err));
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { timings } = stats;
  return {
    measuredAt: new Date().toISOString(),
    logins,
    concurrency,
    succeeded: ok,
    failed: failures.length,
    http5xx: stats.fiveHundreds,
    seconds: Number(seconds.toFixed(1)),
    loginsPerSecond: Number((ok / seconds).toFixed(2)),
    loadBefore,
    loadAfter: machineLoad(),
    steps: Object.fromEntries(
      STEPS.map((s) => [
        s,
        {
          n: timings[s].length,
          p50: +percentile(timings[s], 50).toFixed(1),
          p95: +percentile(timings[s], 95).toFixed(1),
          p99: +percentile(timings[s], 99).toFixed(1),
        },
      ]),
    ),
    sampleFailures: [...new Set(failures)].slice(0, 5),
  };
}

export function print(r, out = console.log) {
  out(
    `${r.succeeded}/${r.logins} sign-ins at concurrency ${r.concurrency} in ${r.seconds} s = ${r.loginsPerSecond} logins/s; ${r.failed} failed; ${r.http5xx} HTTP 5xx`,
  );
  const rows = [['step', 'p50 ms', 'p95 ms', 'p99 ms', 'n']];
  for (const [s, t] of Object.entries(r.steps)) rows.push([s, t.p50, t.p95, t.p99, t.n]);
  printTable(rows, out);
  if (r.failed) out(`failures: ${JSON.stringify(r.sampleFailures)}`);
}

if (isMain(import.meta.url)) {
  const { values: args } = parseArgs({
    options: {
      logins: { type: 'string', default: '500' },
      concurrency: { type: 'string', default: '20' },
      json: { type: 'boolean', default: false },
    },
  });
  try {
    const r = await run({ logins: Number(args.logins), concurrency: Number(args.concurrency) });
    const file = await writeResult('load', r);
    if (args.json) console.log(JSON.stringify(r, null, 2));
    else {
      print(r);
      console.log(`\nWritten to ${file}`);
    }
    process.exitCode = r.failed ? 1 : 0;
  } catch (err) {
    console.error(`[load] ${err.message}`);
    process.exitCode = 1;
  }
}
