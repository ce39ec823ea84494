#!/usr/bin/env node
// @ts-check
// Bytes a first visit costs (cold cache). /login: Ory Elements' <Login> (bench/elements-baseline)
// vs our UI. Then our other screens: the 2FA screen in both steps (choose, enter-code) and
// /settings, each with a real session (password, and the code for settings, done in the
// browser first), and /registration (signed out: Kratos sends a signed-in visitor away).
//
// Usage: node bench/js-size.mjs [--json]
//   BENCH_UI_URL (default http://127.0.0.1:3000), BENCH_KRATOS_ADMIN_URL, BENCH_MAIL_API_URL
//   (for the signed-in screens), BENCH_BASELINE_PORT (default 3310)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  answers,
  benchDir,
  isMain,
  machineLoad,
  printTable,
  sleep,
  urls,
  writeResult,
} from './lib/common.mjs';
import { enterCode, launch, pressSendCode, signInWithPassword } from './lib/browser.mjs';
import { createIdentity, deleteIdentity, waitForCode } from './lib/kratos.mjs';
import { measurePage } from './lib/measure-js.mjs';

const appDir = path.join(benchDir, 'elements-baseline');
const nextBin = path.join(appDir, 'node_modules/next/dist/bin/next');
const distDir = path.join(appDir, 'node_modules/.next'); // see its next.config.mjs
// Clear of the stack's ports (3000, 4433, 4434, 1025, 1080, 4499); set it for a second run.
const PORT = Number(process.env.BENCH_BASELINE_PORT || 3310);
const baselineUrl = `http://127.0.0.1:${PORT}/login`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function runIn(cmd, args, stdio) {
  const r = spawnSync(cmd, args, { cwd: appDir, env, stdio });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

async function startBaseline(stdio) {
  if (await answers(baselineUrl, 1000)) {
    throw new Error(`port ${PORT} is already in use; stop whatever listens there first`);
  }
  // Own process group, so stopping it reaches every process `next start` may fork.
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
    cwd: appDir,
    env,
    stdio,
    detached: true,
  });
  // Ctrl-C must not leave it running: in its own group, it does not get the terminal's signal.
  const onSignal = () => stopBaseline(child).then(() => process.exit(130));
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, onSignal);
  child.once('exit', () => {
    for (const sig of ['SIGINT', 'SIGTERM']) process.off(sig, onSignal);
  });
  for (let i = 0; i < 120 && child.exitCode === null; i++) {
    if (await answers(baselineUrl, 1000)) return child;
    await sleep(250);
  }
  await stopBaseline(child);
  throw new Error(`baseline did not come up on ${baselineUrl}`);
}

function stopBaseline(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000).unref();
  });
}

// Is the sign-in form there, and usable? (Elements renders its inputs disabled until hydrated.)
const formState = (selector) => (page) =>
  page
    .$eval(selector, (el) => ({ present: true, disabled: el.disabled }))
    .catch(() => ({ present: false }));
const loginForm = formState('input[name="identifier"]');

// Bytes with JS on; the form's state with JS on and, in a second cold visit, with JS off.
async function measureBoth(url, inspect, cookies) {
  const result = await measurePage(url, { inspect, cookies });
  const off = await measurePage(url, { inspect, cookies, javaScriptEnabled: false });
  return { ...result, inspectedNoJs: off.inspected };
}

/**
 * Our other screens. A real browser signs in (password; then "Send code"; then the code) and
 * after each step its cookies are handed to a cold browser that loads the screen.
 */
async function measureSignedIn(log) {
  const pages = {};
  pages.registration = await measureBoth(
    `${urls.ui}/registration`,
    formState('input[name="traits.email"]'),
  );
  const user = await createIdentity();
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithPassword(page, user);
    log(`[js-size] measuring the 2FA screen, choose step (${new URL(page.url()).pathname})`);
    pages.secondFactorChoose = await measureBoth(
      page.url(),
      formState('[data-step="choose"] [data-testid="send-code"]'),
      await context.cookies(),
    );
    const before = await pressSendCode(page, user.email);
    log('[js-size] measuring the 2FA screen, enter-code step');
    pages.secondFactorEnterCode = await measureBoth(
      page.url(),
      formState('[data-step="enter-code"] input[name="code"]'),
      await context.cookies(),
    );
    const { code } = await waitForCode(user.email, { after: before });
    await enterCode(page, code);
    log('[js-size] measuring /settings (aal2 session)');
    pages.settings = await measureBoth(
      `${urls.ui}/settings`,
      formState('input[name="password"]'),
      await context.cookies(),
    );
  } finally {
    await browser.close();
    await deleteIdentity(user.id);
  }
  return pages;
}

export async function run({ log = console.error, stdio = ['ignore', 2, 2] } = {}) {
  if (!existsSync(nextBin)) {
    log('[js-size] installing bench/elements-baseline dependencies (npm ci) …');
    runIn('npm', ['ci', '--no-audit', '--no-fund'], stdio);
  }
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    log('[js-size] building bench/elements-baseline …');
    runIn(process.execPath, [nextBin, 'build'], stdio);
  }

  const results = {
    measuredAt: new Date().toISOString(),
    load: machineLoad(),
    elements: null,
    ours: null,
    pages: {},
  };
  const child = await startBaseline(stdio);
  try {
    log(`[js-size] measuring Ory Elements <Login> at ${baselineUrl}`);
    results.elements = await measureBoth(baselineUrl, loginForm);
  } finally {
    await stopBaseline(child);
  }

  if (await answers(`${urls.ui}/login`)) {
    log(`[js-size] measuring our UI at ${urls.ui}/login`);
    results.ours = await measureBoth(`${urls.ui}/login`, loginForm);
    if (
      (await answers(`${urls.kratosAdmin}/admin/health/alive`)) &&
      (await answers(`${urls.mail}/api/email`))
    ) {
      results.pages = await measureSignedIn(log);
    } else {
      log(
        '[js-size] Kratos admin API or the mail API not reachable: skipping the signed-in screens',
      );
    }
  } else {
    log(
      `[js-size] our UI does not answer at ${urls.ui}: start the stack (npm run stack) or set ` +
        'BENCH_UI_URL; measuring the Elements baseline only.',
    );
  }
  const { elements: e, ours: o } = results;
  results.ratio = o && {
    jsGzip: e.jsGzip / o.jsGzip,
    totalGzip: e.totalGzip / o.totalGzip,
    wire: e.wire / o.wire,
  };
  return results;
}

const kib = (n) => (n / 1024).toFixed(1);
const state = (i) => (!i?.present ? 'MISSING' : i.disabled ? 'disabled' : 'usable');
const LABELS = {
  registration: 'ours /registration (signed out)',
  secondFactorChoose: 'ours 2FA screen, choose',
  secondFactorEnterCode: 'ours 2FA screen, enter code',
  settings: 'ours /settings (aal2)',
};

export function print(results, out = console.log) {
  const { elements: e, ours: o } = results;
  out('Bytes of a first visit (cold cache); gzip -9 of each body; "wire" = what was received');
  const rows = [
    [
      'page',
      'JS gzip KiB',
      'all gzip KiB',
      'all raw KiB',
      'wire KiB',
      'requests',
      'scripts',
      'form',
      'form, JS off',
    ],
  ];
  const row = (name, r) => [
    name,
    kib(r.jsGzip),
    kib(r.totalGzip),
    kib(r.totalRaw),
    kib(r.wire),
    r.requests,
    r.scripts.length,
    state(r.inspected),
    state(r.inspectedNoJs),
  ];
  rows.push(row('Elements <Login> /login', e));
  if (o) rows.push(row('ours /login', o));
  if (results.ratio) {
    const x = (n) => `${n.toFixed(1)}×`;
    const r = results.ratio;
    rows.push(['ratio Elements/ours', x(r.jsGzip), x(r.totalGzip), '', x(r.wire), '', '', '', '']);
  }
  for (const [key, label] of Object.entries(LABELS))
    if (results.pages?.[key]) rows.push(row(label, results.pages[key]));
  printTable(rows, out);
}

export function failed(results) {
  // The baseline must really render the form, and so must each of our screens.
  return (
    !results.elements?.inspected?.present ||
    (results.ours && !results.ours.inspected?.present) ||
    Object.values(results.pages ?? {}).some((p) => !p.inspected?.present)
  );
}

if (isMain(import.meta.url)) {
  const jsonOnly = process.argv.includes('--json');
  try {
    const results = await run({ stdio: ['ignore', jsonOnly ? 2 : 1, 2] });
    const file = await writeResult('js-size', results);
    if (jsonOnly) console.log(JSON.stringify(results, null, 2));
    else {
      print(results);
      console.log(`\nWritten to ${file}`);
    }
    if (failed(results)) process.exitCode = 1;
  } catch (err) {
    console.error(`[js-size] ${err.message}`);
    process.exitCode = 1;
  }
}
