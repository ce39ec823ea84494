#!/usr/bin/env node
// @ts-check
// A whole login as a person does it, in headless Chromium: /login, e-mail + password, the 2FA
// screen, "Send code to …", the code from the mail, Continue, the landing page. Timed from the
// first navigation to the landing page's load; the wait for the mail (MailDev's API, polled
// every 25 ms) is reported on its own, and so is the rest (our UI + Kratos + the browser).
// Each run: a new identity (admin API, not timed) and a new browser context (empty cache).
//
//   node bench/browser-login.mjs [--runs 5] [--warmup 1] [--json]
import { parseArgs } from 'node:util';
import {
  isMain,
  machineLoad,
  median,
  percentile,
  printTable,
  requireStack,
  round,
  writeResult,
} from './lib/common.mjs';
import { enterCode, launch, pressSendCode, signInWithPassword } from './lib/browser.mjs';
import { createIdentity, deleteIdentity, waitForCode } from './lib/kratos.mjs';

export const STEPS = {
  loginPage: 'open /login (redirects, form)',
  password: 'password → 2FA screen',
  sendCode: 'send code → enter-code step',
  mailWait: 'mail wait (MailDev)',
  code: 'code → landing page',
  uiTotal: 'total without the mail wait',
  total: 'total',
};

async function oneLogin(browser) {
  const user = await createIdentity();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const t0 = performance.now();
    // signInWithPassword navigates first; split its two halves by the form's appearance.
    let tForm = t0;
    page.once('load', () => (tForm = performance.now()));
    await signInWithPassword(page, user);
    const tChoose = performance.now();
    const before = await pressSendCode(page, user.email);
    const tSent = performance.now();
    const { code, waitMs } = await waitForCode(user.email, { after: before });
    const tCode = performance.now();
    await enterCode(page, code);
    const tLanded = performance.now();
    const total = tLanded - t0;
    return {
      loginPage: tForm - t0,
      password: tChoose - tForm,
      sendCode: tSent - tChoose,
      mailWait: waitMs,
      code: tLanded - tCode,
      uiTotal: total - (tCode - tSent),
      total,
    };
  } finally {
    await context.close();
    await deleteIdentity(user.id);
  }
}

export async function run({ runs = 5, warmup = 1, log = console.error } = {}) {
  await requireStack();
  const loadBefore = machineLoad();
  const browser = await launch();
  const samples = [];
  try {
    for (let i = 0; i < warmup; i++) {
      log(`[browser-login] warm-up ${i + 1}/${warmup}`);
      await oneLogin(browser);
    }
    for (let i = 0; i < runs; i++) {
      const s = await oneLogin(browser);
      log(
        `[browser-login] run ${i + 1}/${runs}: ${round(s.total)} ms (mail ${round(s.mailWait)} ms)`,
      );
      samples.push(s);
    }
  } finally {
    await browser.close();
  }
  const stats = Object.fromEntries(
    Object.keys(STEPS).map((k) => {
      const v = samples.map((s) => s[k]);
      return [
        k,
        {
          median: round(median(v)),
          p90: round(percentile(v, 90)),
          min: round(Math.min(...v)),
          max: round(Math.max(...v)),
        },
      ];
    }),
  );
  return {
    measuredAt: new Date().toISOString(),
    runs,
    warmup,
    loadBefore,
    loadAfter: machineLoad(),
    stats,
    samples: samples.map((s) =>
      Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)])),
    ),
  };
}

export function print(r, out = console.log) {
  out(
    `Browser login (password + email code), ${r.runs} runs after ${r.warmup} warm-up, cold cache each`,
  );
  const rows = [['step', 'median ms', 'p90 ms', 'min ms', 'max ms']];
  for (const [k, label] of Object.entries(STEPS)) {
    const s = r.stats[k];
    rows.push([label, s.median, s.p90, s.min, s.max]);
  }
  printTable(rows, out);
}

if (isMain(import.meta.url)) {
  const { values: a } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
    },
  });
  try {
    const r = await run({ runs: Number(a.runs), warmup: Number(a.warmup) });
    const file = await writeResult('browser-login', r);
    if (a.json) console.log(JSON.stringify(r, null, 2));
    else {
      print(r);
      console.log(`\nWritten to ${file}`);
    }
  } catch (err) {
    console.error(`[browser-login] ${err.message}`);
    process.exitCode = 1;
  }
}
