// Bytes a first visit to /login costs: Ory Elements' <Login> (bench/elements-baseline) vs our UI.
// Usage: node bench/js-size.mjs [--json]   (BENCH_UI_URL, default http://127.0.0.1:3000)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measurePage } from './lib/measure-js.mjs';

const benchDir = import.meta.dirname;
const appDir = path.join(benchDir, 'elements-baseline');
const nextBin = path.join(appDir, 'node_modules/next/dist/bin/next');
const distDir = path.join(appDir, 'node_modules/.next'); // see its next.config.mjs
const PORT = 3310; // clear of the stack's ports (3000, 4433, 4434, 1025, 1080, 4499)
const baselineUrl = `http://127.0.0.1:${PORT}/login`;
const uiUrl = (process.env.BENCH_UI_URL || 'http://127.0.0.1:3000').replace(/\/$/, '');
const jsonOnly = process.argv.includes('--json');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
// With --json, stdout carries the JSON alone; progress and child output go to stderr.
const log = (...a) => (jsonOnly ? console.error : console.log)(...a);
const childStdio = ['ignore', jsonOnly ? 2 : 1, 2];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: appDir, env, stdio: childStdio });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

/** Any HTTP answer within the timeout counts as up; a refused connection does not. */
async function answers(url, timeoutMs = 3000) {
  try {
    await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

async function startBaseline() {
  if (await answers(baselineUrl, 1000)) {
    throw new Error(`port ${PORT} is already in use; stop whatever listens there first`);
  }
  // Own process group, so stopping it reaches every process `next start` may fork.
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
    cwd: appDir,
    env,
    stdio: childStdio,
    detached: true,
  });
  // Ctrl-C must not leave it running: in its own group, it does not get the terminal's signal.
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => stopBaseline(child).then(() => process.exit(130)));
  }
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 120 && !exited; i++) {
    if (await answers(baselineUrl, 1000)) return child;
    await sleep(250);
  }
  stopBaseline(child);
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
const inspect = (page) =>
  page
    .$eval('input[name="identifier"]', (el) => ({ identifier: true, disabled: el.disabled }))
    .catch(() => ({ identifier: false }));

// Bytes with JS on; the form's state with JS on and, in a second cold visit, with JS off.
async function measureBoth(url) {
  const result = await measurePage(url, { inspect });
  const off = await measurePage(url, { inspect, javaScriptEnabled: false });
  return { ...result, inspectedNoJs: off.inspected };
}

const kib = (n) => (n / 1024).toFixed(1);

async function main() {
  if (!existsSync(nextBin)) {
    log('[bench] installing bench/elements-baseline dependencies (npm ci) …');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    log('[bench] building bench/elements-baseline …');
    run(process.execPath, [nextBin, 'build']);
  }

  const results = { measuredAt: new Date().toISOString(), elements: null, ours: null };
  const child = await startBaseline();
  try {
    log(`[bench] measuring Ory Elements <Login> at ${baselineUrl}`);
    results.elements = await measureBoth(baselineUrl);
  } finally {
    await stopBaseline(child);
  }

  if (await answers(`${uiUrl}/login`)) {
    log(`[bench] measuring our UI at ${uiUrl}/login`);
    results.ours = await measureBoth(`${uiUrl}/login`);
  } else {
    log(
      `[bench] our UI does not answer at ${uiUrl}: start the stack (npm run stack) or set ` +
        'BENCH_UI_URL; measuring the Elements baseline only.',
    );
  }
  const { elements: e, ours: o } = results;
  results.ratio = o && {
    jsGzip: e.jsGzip / o.jsGzip,
    totalGzip: e.totalGzip / o.totalGzip,
  };

  mkdirSync(path.join(benchDir, 'results'), { recursive: true });
  writeFileSync(
    path.join(benchDir, 'results/js-size.json'),
    JSON.stringify(results, null, 2) + '\n',
  );
  if (jsonOnly) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }

  const rows = [['page', 'JS gzip KiB', 'all gzip KiB', 'scripts', 'form', 'form, JS off']];
  const state = (i) => (!i.identifier ? 'MISSING' : i.disabled ? 'disabled' : 'usable');
  const row = (name, r) => [
    name,
    kib(r.jsGzip),
    kib(r.totalGzip),
    String(r.scripts.length),
    state(r.inspected),
    state(r.inspectedNoJs),
  ];
  rows.push(row(`Elements ${new URL(e.finalUrl).pathname}`, e));
  if (o) rows.push(row(`ours ${new URL(o.finalUrl).pathname}`, o));
  if (results.ratio) {
    const x = (n) => `${n.toFixed(1)}×`;
    rows.push([
      'ratio Elements/ours',
      x(results.ratio.jsGzip),
      x(results.ratio.totalGzip),
      '',
      '',
      '',
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows)
    console.log(r.map((c, i) => (i ? c.padStart : c.padEnd).call(c, widths[i])).join('  '));
  console.log('\nWritten to bench/results/js-size.json');
  if (!e.inspected.identifier) process.exitCode = 1; // the baseline must really render the form
}

main().catch((err) => {
  console.error(`[bench] ${err.message}`);
  process.exitCode = 1;
});
