#!/usr/bin/env node
// @ts-check
// Every benchmark in one run, one after the other on the same stack, each table printed and
// the targets summed up at the end. Results: bench/results/<name>.json and run-all.json.
//
//   node bench/run-all.mjs                       # load: 100 sign-ins at concurrency 20
//   node bench/run-all.mjs --logins 500          # the full load run
//   node bench/run-all.mjs --skip lighthouse,load
//   node bench/run-all.mjs --peer ../kratos-selfservice-ui-node   # with Ory's Express UI side by side
// The stack is read from BENCH_UI_URL, BENCH_KRATOS_PUBLIC_URL, BENCH_KRATOS_ADMIN_URL,
// BENCH_MAIL_API_URL (defaults: the standard local stack on 3000/4433/4434/1080). When a
// server-time target is missed, profile-server.mjs (a second `next start` of NEXT_DIST_DIR
// with timing hooks) says where the time goes; --no-profile skips it.
import { execSync } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { machineLoad, printTable, requireStack, urls, writeResult } from './lib/common.mjs';
import * as browserLogin from './browser-login.mjs';
import * as jsSize from './js-size.mjs';
import * as lighthouse from './lighthouse.mjs';
import * as load from './load.mjs';
import * as peer from './peer.mjs';
import * as profile from './profile-server.mjs';
import * as serverTime from './server-time.mjs';

const { values: a } = parseArgs({
  options: {
    logins: { type: 'string', default: '100' },
    'load-concurrency': { type: 'string', default: '20' },
    duration: { type: 'string', default: '5' },
    runs: { type: 'string', default: '5' },
    'lighthouse-runs': { type: 'string', default: '3' },
    skip: { type: 'string', default: '' },
    peer: { type: 'string', default: process.env.BENCH_PEER_DIR ?? '' },
    'no-profile': { type: 'boolean', default: false },
  },
});
const skip = new Set(a.skip.split(',').filter(Boolean));
const log = (line) => console.error(line);

const machine = {
  nproc: os.cpus().length,
  memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
  cpu: os.cpus()[0]?.model,
  node: process.version,
};
let commit;
try {
  commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
} catch {
  commit = undefined;
}

const all = {
  startedAt: new Date().toISOString(),
  commit,
  machine,
  urls,
  loadAtStart: machineLoad(),
};
const summary = [];
const target = (what, value, goal, hit) => summary.push({ what, value, goal, hit });

async function section(name, fn) {
  if (skip.has(name)) return;
  console.log(`\n=== ${name} ${'='.repeat(Math.max(0, 70 - name.length))}`);
  const started = performance.now();
  try {
    await fn();
  } catch (err) {
    all[name] = { error: err.message };
    console.log(`${name} FAILED: ${err.message}`);
    process.exitCode = 1;
  }
  log(`[run-all] ${name} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await requireStack();
console.log(
  `Stack: UI ${urls.ui}, Kratos ${urls.kratosPublic} (admin ${urls.kratosAdmin}), mail ${urls.mail}`,
);
console.log(
  `Machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.memoryGiB} GiB; load avg ${all.loadAtStart.loadavg1} — other work on the machine shifts every number below`,
);

await section('js-size', async () => {
  const r = await jsSize.run({ log });
  await writeResult('js-size', r);
  all['js-size'] = r;
  jsSize.print(r);
  // Targets: /login ≤ 130 KiB of JS gzip (issue 27) and ≥ 7× less than Elements; all bytes
  // a cold browser downloads ≤ 170 KiB.
  if (r.ours) {
    const js = r.ours.jsGzip / 1024;
    target('/login JS gzip (ours)', `${js.toFixed(1)} KiB`, '≤ 130 KiB', js <= 130);
  }
  if (r.ratio)
    target(
      '/login JS gzip, Elements / ours',
      `${r.ratio.jsGzip.toFixed(1)}×`,
      '≥ 7×',
      r.ratio.jsGzip >= 7,
    );
  if (r.ours) {
    const wire = r.ours.wire / 1024;
    target('/login all bytes received (wire)', `${wire.toFixed(1)} KiB`, '≤ 170 KiB', wire <= 170);
  }
  if (jsSize.failed(r)) throw new Error('a page did not render its form');
});

await section('server-time', async () => {
  const r = await serverTime.run({ duration: Number(a.duration), log });
  await writeResult('server-time', r);
  all['server-time'] = r;
  serverTime.print(r);
  const t = r.targets;
  if (t.throughputAtC8)
    target(
      'c=8 throughput, ours % of raw Kratos',
      `${t.throughputAtC8.value}%`,
      '≥ 25%',
      t.throughputAtC8.hit,
    );
  target('p50 overhead at c=1', `${t.p50OverheadAtC1.value} ms`, '≤ 2 ms', t.p50OverheadAtC1.hit);
});

await section('peer', async () => {
  if (!a.peer) {
    throw new Error(
      'no --peer <dir> (or BENCH_PEER_DIR): clone ory/kratos-selfservice-ui-node, run `npm install && npm run build` in it, and pass its path',
    );
  }
  const r = await peer.run({ peerDir: a.peer, durationS: Number(a.duration), log });
  await writeResult('peer', r);
  all.peer = r;
  peer.print(r);
  for (const v of peer.verdicts(r))
    target(v.target, String(v.result), v.limit, v.verdict === 'HIT');
});

const serverMissed =
  all['server-time']?.targets && Object.values(all['server-time'].targets).some((t) => t && !t.hit);
if (serverMissed && !a['no-profile'])
  await section('profile-server', async () => {
    const r = await profile.run({ duration: 8, log });
    await writeResult('profile-server', r);
    all['profile-server'] = r;
    profile.print(r);
  });

await section('browser-login', async () => {
  const r = await browserLogin.run({ runs: Number(a.runs), log });
  await writeResult('browser-login', r);
  all['browser-login'] = r;
  browserLogin.print(r);
  target(
    'browser login, total median (p90)',
    `${r.stats.total.median} (${r.stats.total.p90}) ms`,
    'report',
    null,
  );
  target(
    'browser login without mail wait, median (p90)',
    `${r.stats.uiTotal.median} (${r.stats.uiTotal.p90}) ms`,
    'report',
    null,
  );
});

await section('lighthouse', async () => {
  const r = await lighthouse.run({ runs: Number(a['lighthouse-runs']), log });
  await writeResult('lighthouse', r);
  all.lighthouse = r;
  lighthouse.print(r);
  for (const p of Object.values(r.pages))
    target(`Lighthouse ${p.label}`, p.score, p.hit === null ? 'reference' : `≥ ${r.target}`, p.hit);
});

await section('load', async () => {
  const r = await load.run({
    logins: Number(a.logins),
    concurrency: Number(a['load-concurrency']),
    log,
  });
  await writeResult('load', r);
  all.load = r;
  load.print(r);
  target(
    `load: ${r.logins} sign-ins at c=${r.concurrency}`,
    `${r.loginsPerSecond}/s, ${r.failed} failed, ${r.http5xx} 5xx`,
    '0 failed, 0 5xx',
    r.failed === 0 && r.http5xx === 0,
  );
});

all.finishedAt = new Date().toISOString();
all.loadAtEnd = machineLoad();
all.summary = summary;
const file = await writeResult('run-all', all);

console.log(`\n=== summary ${'='.repeat(63)}`);
const rows = [['what', 'value', 'target', '']];
for (const s of summary)
  rows.push([s.what, String(s.value), s.goal, s.hit === null ? '' : s.hit ? 'HIT' : 'MISSED']);
printTable(rows);
console.log(
  `\nload avg ${all.loadAtStart.loadavg1} at start, ${all.loadAtEnd.loadavg1} at end. Written to ${file} and the per-benchmark JSON beside it.`,
);
