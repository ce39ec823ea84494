#!/usr/bin/env node
// @ts-check
// Server time of our login page vs the Kratos call it wraps, side by side in one run:
//   ours:   GET <UI>/login?flow=<id>                         (the HTML page, real form)
//   Kratos: GET <Kratos public>/self-service/login/flows?id=<id>   (the raw JSON, same flow)
//   floor:  GET <UI>/api/health   (Next's fixed cost per request: proxy.ts + a route handler)
// Same flow id, same CSRF cookie, same duration per cell, keep-alive connections, concurrency
// 1, 8 and 32. A benchmark, not a timed test: it prints ratios.
//
//   node bench/server-time.mjs [--duration 5] [--concurrency 1,8,32] [--warmup 1] [--json]
import http from 'node:http';
import { parseArgs } from 'node:util';
import {
  isMain,
  machineLoad,
  percentile,
  printTable,
  requireStack,
  round,
  urls,
  writeResult,
  httpGet,
} from './lib/common.mjs';
import { startLoginFlow } from './lib/kratos.mjs';
import { startSecondUi } from './lib/second-ui.mjs';

export const TARGETS = {
  kratos: { label: 'Kratos raw flow JSON' },
  ours: { label: 'ours /login?flow=' },
  ours2: { label: 'ours, 2 processes' },
  floor: { label: 'Next floor /api/health' },
};
const CSRF_INPUT = Buffer.from('name="csrf_token"');

/**
 * `concurrency` loops sending requests back to back for `durationMs`; latency of each. With
 * `urls`, loop i always uses urls[i % urls.length] (one server per loop, like a balancer).
 */
/**
 * @param {{ url?: string, urls?: string[], headers?: Record<string, string>, check: (r: any) => boolean }} target
 * @param {number} concurrency
 * @param {number} durationMs
 */
export async function runCell({ url, urls: several, headers, check }, concurrency, durationMs) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  let errors = 0;
  let firstError;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, i) => {
      const target = several ? several[i % several.length] : url;
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const res = await httpGet(agent, target, headers);
          const t1 = performance.now();
          if (check(res)) latencies.push(t1 - t0);
          else {
            errors += 1;
            firstError ??= `HTTP ${res.status}`;
          }
        } catch (err) {
          errors += 1;
          firstError ??= err.message;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    concurrency,
    seconds: round(seconds, 2),
    requests: latencies.length,
    errors,
    ...(firstError ? { firstError } : {}),
    rps: round(latencies.length / seconds, 1),
    p50: round(percentile(latencies, 50), 2),
    p99: round(percentile(latencies, 99), 2),
  };
}

/** Creates the flow through the UI and checks both sides answer with it. */
async function prepare() {
  const { client, id, path } = await startLoginFlow();
  const cookie = client.cookieHeader();
  const targets = {
    ours: {
      url: `${urls.ui}${path}`,
      headers: { cookie, accept: 'text/html' },
      check: (r) => r.status === 200 && r.body.includes(CSRF_INPUT),
    },
    kratos: {
      url: `${urls.kratosPublic}/self-service/login/flows?id=${id}`,
      headers: { cookie, accept: 'application/json' },
      check: (r) => r.status === 200,
    },
    floor: {
      url: `${urls.ui}/api/health`,
      headers: { accept: 'application/json' },
      check: (r) => r.status === 200,
    },
  };
  const agent = new http.Agent({ keepAlive: false });
  const page = await httpGet(agent, targets.ours.url, targets.ours.headers);
  if (!targets.ours.check(page))
    throw new Error(`${path}: HTTP ${page.status}, or no name="csrf_token" in the HTML`);
  const raw = await httpGet(agent, targets.kratos.url, targets.kratos.headers);
  if (raw.status !== 200 || JSON.parse(raw.body.toString()).id !== id)
    throw new Error(`Kratos answered HTTP ${raw.status} for flow ${id}`);
  return { id, path, targets, htmlBytes: page.body.length, jsonBytes: raw.body.length };
}

export async function run({
  duration = 5,
  concurrency = [1, 8, 32],
  warmup = 1,
  floor = true,
  twoProcesses = true,
  secondPort = 3803,
  log = console.error,
} = {}) {
  await requireStack(['ui', 'kratosPublic']);
  const loadBefore = machineLoad();
  const { id, targets, htmlBytes, jsonBytes, path: flowPath } = await prepare();
  // The UI is stateless: a second process of the same build (one per core) serves the same
  // flow. Measured as a what-if; the targets stay on the single process.
  const second = twoProcesses ? await startSecondUi({ port: secondPort }) : undefined;
  try {
    return await measure();
  } finally {
    await second?.stop();
  }

  async function measure() {
    if (second)
      targets.ours2 = {
        ...targets.ours,
        url: undefined,
        urls: [targets.ours.url, `${second.url}${flowPath}`],
      };
    const names = ['kratos', 'ours', ...(second ? ['ours2'] : []), ...(floor ? ['floor'] : [])];
    log(`[server-time] flow ${id}; warming up ${warmup} s per target`);
    for (const name of names) await runCell(targets[name], 4, warmup * 1000);

    const cells = [];
    for (const c of concurrency) {
      for (const name of names) {
        log(`[server-time] ${TARGETS[name].label} at concurrency ${c} for ${duration} s`);
        cells.push({ target: name, ...(await runCell(targets[name], c, duration * 1000)) });
      }
    }
    const cell = (target, c) => cells.find((x) => x.target === target && x.concurrency === c);
    const ratios = concurrency.map((c) => ({
      concurrency: c,
      oursPctOfKratos: round((100 * cell('ours', c).rps) / cell('kratos', c).rps, 1),
      ...(second
        ? { ours2PctOfKratos: round((100 * cell('ours2', c).rps) / cell('kratos', c).rps, 1) }
        : {}),
      ...(floor
        ? { floorPctOfKratos: round((100 * cell('floor', c).rps) / cell('kratos', c).rps, 1) }
        : {}),
    }));
    const c1 = concurrency.includes(1) ? 1 : concurrency[0];
    const overheadP50 = round(cell('ours', c1).p50 - cell('kratos', c1).p50, 2);
    const at8 = ratios.find((r) => r.concurrency === 8);
    const result = {
      measuredAt: new Date().toISOString(),
      flowId: id,
      bytes: { html: htmlBytes, json: jsonBytes },
      durationPerCellSeconds: duration,
      loadBefore,
      loadAfter: machineLoad(),
      cells,
      ratios,
      p50OverheadMs: { concurrency: c1, ms: overheadP50 },
      targets: {
        throughputAtC8: at8 && {
          target: '>= 25% of raw Kratos',
          value: at8.oursPctOfKratos,
          hit: at8.oursPctOfKratos >= 25,
        },
        p50OverheadAtC1: { target: '<= 2 ms', value: overheadP50, hit: overheadP50 <= 2 },
      },
    };
    return result;
  }
}

export function print(r, out = console.log) {
  out(`Server time: same login flow, ${r.durationPerCellSeconds} s per cell, keep-alive`);
  out(
    `(HTML ${r.bytes.html} B vs flow JSON ${r.bytes.json} B; load avg ${r.loadBefore.loadavg1} before, ${r.loadAfter.loadavg1} after)`,
  );
  const rows = [['target', 'conc', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors']];
  for (const c of r.cells)
    rows.push([TARGETS[c.target].label, c.concurrency, c.rps, c.p50, c.p99, c.requests, c.errors]);
  printTable(rows, out);
  out('');
  const ratioRows = [['concurrency', 'ours % of Kratos req/s', '2 processes', 'floor % of Kratos']];
  for (const x of r.ratios)
    ratioRows.push([
      x.concurrency,
      `${x.oursPctOfKratos}%`,
      x.ours2PctOfKratos ? `${x.ours2PctOfKratos}%` : '',
      x.floorPctOfKratos ? `${x.floorPctOfKratos}%` : '',
    ]);
  printTable(ratioRows, out);
  const t = r.targets;
  const mark = (hit) => (hit ? 'HIT' : 'MISSED');
  if (t.throughputAtC8)
    out(
      `c=8 throughput: ours ${t.throughputAtC8.value}% of raw Kratos (target ≥ 25%): ${mark(t.throughputAtC8.hit)}`,
    );
  out(
    `p50 overhead at c=${r.p50OverheadMs.concurrency}: ${t.p50OverheadAtC1.value} ms (target ≤ 2 ms): ${mark(t.p50OverheadAtC1.hit)}`,
  );
}

if (isMain(import.meta.url)) {
  const { values: a } = parseArgs({
    options: {
      duration: { type: 'string', default: process.env.BENCH_DURATION || '5' },
      concurrency: { type: 'string', default: '1,8,32' },
      warmup: { type: 'string', default: '1' },
      'no-floor': { type: 'boolean', default: false },
      'one-process': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  try {
    const r = await run({
      duration: Number(a.duration),
      concurrency: a.concurrency.split(',').map(Number),
      warmup: Number(a.warmup),
      floor: !a['no-floor'],
      twoProcesses: !a['one-process'],
    });
    const file = await writeResult('server-time', r);
    if (a.json) console.log(JSON.stringify(r, null, 2));
    else {
      print(r);
      console.log(`\nWritten to ${file}`);
    }
  } catch (err) {
    console.error(`[server-time] ${err.message}`);
    process.exitCode = 1;
  }
}
