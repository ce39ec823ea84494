#!/usr/bin/env node
// @ts-check
// Where does our server time go? Starts a second, bench-only `next start` of the SAME build
// (NEXT_DIST_DIR) on its own port, with bench/lib/server-hooks.mjs preloaded: no app code is
// edited. Drives GET /login?flow=<id> at the given concurrency and reports, per request,
// the server's own time split into the Kratos call (the SDK's HTTP call, as the app sees it)
// and everything else (proxy.ts, React render, Next's routing), CPU ms per request, and a V8
// CPU profile grouped by where the code comes from.
//
//   node bench/profile-server.mjs [--duration 8] [--concurrency 1,8] [--port 3801]
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  listenerPid,
  procCpuMs,
  benchDir,
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

const root = path.resolve(benchDir, '..');

async function drive(url, headers, concurrency, ms) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  const deadline = performance.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const r = await httpGet(agent, url, headers);
        if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  agent.destroy();
  return latencies;
}

/** CPU seconds (user+system) of a process, from /proc; undefined when not readable. */
/** Groups a V8 CPU profile's self time by the origin of the code. */
function summarizeProfile(profile) {
  const dt = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++)
    dt.set(samples[i], (dt.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  const groups = new Map();
  const functions = new Map();
  const sources = new Map();
  let total = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    const self = dt.get(node.id) ?? 0;
    if (!self) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += self;
      continue;
    }
    total += self;
    const source = originalSource(url, lineNumber, columnNumber);
    const group = classify(functionName, url);
    groups.set(group, (groups.get(group) ?? 0) + self);
    if (source) {
      const file = source.replace(/:\d+$/, '');
      sources.set(file, (sources.get(file) ?? 0) + self);
    }
    const where = source ?? (url ? `${shorten(url)}:${lineNumber + 1}` : '');
    const key = `${functionName || '(anonymous)'} ${where}`;
    functions.set(key, (functions.get(key) ?? 0) + self);
  }
  const sorted = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => ({ name, ms: round(ms, 1), pct: round((100 * ms) / total, 1) }));
  return {
    busyMs: round(total, 1),
    idleMs: round(idle, 1),
    groups: sorted(groups),
    appSources: sorted(sources).slice(0, 15),
    top: sorted(functions).slice(0, 20),
  };
}

const maps = new Map();
/** For a frame in the app's server bundle: the original file:line, from the build's source map. */
function originalSource(url, line, column) {
  if (!/\.next[^/]*\/server\//.test(url)) return undefined;
  const file = url.replace(/^file:\/\//, '');
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  const entry = maps.get(file)?.findEntry(line, column);
  if (!entry?.originalSource) return undefined;
  const src = entry.originalSource.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'nm/');
  return `${src}:${entry.originalLine + 1}`;
}

const shorten = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(root + '/', '')
    .replace('node_modules/', 'nm/');

function classify(fn, url) {
  if (fn === '(garbage collector)') return 'V8 garbage collection';
  if (fn === '(program)') return 'V8/native (program)';
  if (!url) return 'native/builtin';
  if (url.startsWith('node:')) return 'Node internals (http, streams, crypto)';
  if (/react-server-dom|react-dom|\/react\//.test(url) || /app-page.*runtime/.test(url))
    return 'React + Next page runtime (render, RSC)';
  if (/axios|follow-redirects|@ory\/client|form-data|proxy-from-env/.test(url))
    return 'Kratos SDK (axios)';
  if (/\.next[^/]*\/server\/(chunks|app)/.test(url)) return 'app bundle (our code + bundled deps)';
  if (/next\/dist\/compiled/.test(url)) return 'Next compiled deps';
  if (/next\/dist/.test(url)) return 'Next server (routing, proxy, response)';
  return 'other';
}

export async function run({
  duration = 8,
  concurrency = [1, 8],
  port = 3801,
  hooksPort = 3802,
  log = console.error,
} = {}) {
  await requireStack(['ui', 'kratosPublic']);
  const { child, distDir, stop } = await startSecondUi({
    port,
    nodeArgs: ['--import', path.join(benchDir, 'lib/server-hooks.mjs')],
    env: { BENCH_HOOKS_PORT: String(hooksPort) },
  });
  const hooks = (p) => fetch(`http://127.0.0.1:${hooksPort}${p}`).then((r) => r.json());
  try {
    log(`[profile] second server (pid ${child.pid}, dist ${distDir}) on :${port}`);

    const { client, id, path: loginPath } = await startLoginFlow();
    const headers = { cookie: client.cookieHeader(), accept: 'text/html' };
    const page = `http://127.0.0.1:${port}${loginPath}`;
    const raw = `${urls.kratosPublic}/self-service/login/flows?id=${id}`;
    const first = await httpGet(new http.Agent(), page, headers);
    if (first.status !== 200 || !first.body.includes('name="csrf_token"'))
      throw new Error(`profiled ${loginPath}: HTTP ${first.status} or no form`);
    await drive(page, headers, 4, 2000); // warm-up: JIT, module caches
    const kratosPid = listenerPid(Number(new URL(urls.kratosPublic).port || 80));

    // The SDK call alone, outside Next: what getLoginFlow costs a plain Node process (Ory's
    // fetch SDK, as in lib/kratos/client.ts) vs the raw GET above.
    const { Configuration, FrontendApi } = await import('@ory/client-fetch');
    const sdk = new FrontendApi(new Configuration({ basePath: urls.kratosPublic }));
    const sdkLat = [];
    const sdkEnd = performance.now() + duration * 500;
    while (performance.now() < sdkEnd) {
      const t0 = performance.now();
      await (await sdk.getLoginFlowRaw({ id, cookie: headers.cookie })).raw.json();
      sdkLat.push(performance.now() - t0);
    }
    const sdkAlone = { requests: sdkLat.length, p50: round(percentile(sdkLat, 50), 2) };

    const cells = [];
    for (const c of concurrency) {
      // Raw Kratos, for its CPU per request (if its process can be read).
      const k0 = kratosPid && procCpuMs(kratosPid);
      const kLat = await drive(raw, { ...headers, accept: 'application/json' }, c, duration * 500);
      const k1 = kratosPid && procCpuMs(kratosPid);

      await hooks('/reset');
      const kBefore = kratosPid && procCpuMs(kratosPid);
      await hooks('/profile/start');
      const lat = await drive(page, headers, c, duration * 1000);
      const profile = await hooks('/profile/stop');
      // The raw V8 profile, for a flame view (e.g. Chrome DevTools) when asked for.
      if (process.env.BENCH_PROFILE_OUT) {
        writeFileSync(`${process.env.BENCH_PROFILE_OUT}.c${c}.cpuprofile`, JSON.stringify(profile));
      }
      const kAfter = kratosPid && procCpuMs(kratosPid);
      const stats = await hooks('/stats');
      const recs = stats.records.filter((r) => r.url.startsWith('/login'));
      const totals = recs.map((r) => r.total);
      const outbound = recs.map((r) => r.outbound);
      const rest = recs.map((r) => r.total - r.outbound);
      const cpuMs = stats.cpuUserMs + stats.cpuSystemMs;
      cells.push({
        concurrency: c,
        requests: recs.length,
        rps: round(recs.length / (stats.wallMs / 1000), 1),
        clientP50: round(percentile(lat, 50), 2),
        serverP50: round(percentile(totals, 50), 2),
        firstByteP50: round(
          percentile(
            recs.map((r) => r.firstByte),
            50,
          ),
          2,
        ),
        kratosCallP50: round(percentile(outbound, 50), 2),
        kratosCallsPerRequest: round(recs.reduce((s, r) => s + r.calls, 0) / recs.length, 2),
        restP50: round(percentile(rest, 50), 2),
        kratosShareOfServerTime: round(
          (100 * outbound.reduce((a, b) => a + b, 0)) / totals.reduce((a, b) => a + b, 0),
          1,
        ),
        nodeCpuMsPerRequest: round(cpuMs / recs.length, 2),
        kratosCpuMsPerRequest:
          kBefore !== undefined && kAfter !== undefined
            ? round((kAfter - kBefore) / recs.length, 2)
            : undefined,
        rawKratos: {
          requests: kLat.length,
          p50: round(percentile(kLat, 50), 2),
          cpuMsPerRequest:
            k0 !== undefined && k1 !== undefined ? round((k1 - k0) / kLat.length, 3) : undefined,
        },
        profile: summarizeProfile(profile),
      });
      log(`[profile] c=${c}: ${recs.length} requests profiled`);
    }
    return {
      measuredAt: new Date().toISOString(),
      flowId: id,
      distDir,
      htmlBytes: first.body.length,
      sdkAloneP50: sdkAlone.p50,
      load: machineLoad(),
      cells,
    };
  } finally {
    await stop();
  }
}

export function print(r, out = console.log) {
  out(
    `Server-time profile of GET /login?flow= (second next start of ${r.distDir}, hooks preloaded)`,
  );
  const rows = [
    [
      'conc',
      'req/s',
      'client p50',
      'server p50',
      '1st byte p50',
      'Kratos call p50',
      'rest p50',
      'Kratos share',
      'Node CPU ms/req',
      'raw Kratos p50',
      'Kratos CPU ms/req',
    ],
  ];
  for (const c of r.cells)
    rows.push([
      c.concurrency,
      c.rps,
      c.clientP50,
      c.serverP50,
      c.firstByteP50,
      c.kratosCallP50,
      c.restP50,
      `${c.kratosShareOfServerTime}%`,
      c.nodeCpuMsPerRequest,
      c.rawKratos.p50,
      c.rawKratos.cpuMsPerRequest ?? '?',
    ]);
  printTable(rows, out);
  out(`The SDK's getLoginFlow alone, from a plain Node loop (c=1): p50 ${r.sdkAloneP50} ms`);
  for (const c of r.cells) {
    out(
      `\nCPU profile at c=${c.concurrency}: ${c.profile.busyMs} ms busy, ${c.profile.idleMs} ms idle`,
    );
    printTable(
      [['where', 'ms', '%'], ...c.profile.groups.map((g) => [g.name, g.ms, `${g.pct}%`])],
      out,
    );
    out('app bundle, by original source (self time):');
    printTable(
      [
        ['source', 'ms', '%'],
        ...c.profile.appSources.slice(0, 10).map((g) => [g.name, g.ms, `${g.pct}%`]),
      ],
      out,
    );
    out('top functions (self time):');
    printTable(
      [
        ['function', 'ms', '%'],
        ...c.profile.top.slice(0, 12).map((g) => [g.name.slice(0, 110), g.ms, `${g.pct}%`]),
      ],
      out,
    );
  }
}

if (isMain(import.meta.url)) {
  const { values: a } = parseArgs({
    options: {
      duration: { type: 'string', default: '8' },
      concurrency: { type: 'string', default: '1,8' },
      port: { type: 'string', default: '3801' },
      'hooks-port': { type: 'string', default: '3802' },
      json: { type: 'boolean', default: false },
    },
  });
  try {
    const r = await run({
      duration: Number(a.duration),
      concurrency: a.concurrency.split(',').map(Number),
      port: Number(a.port),
      hooksPort: Number(a['hooks-port']),
    });
    const file = await writeResult('profile-server', r);
    if (a.json) console.log(JSON.stringify(r, null, 2));
    else {
      print(r);
      console.log(`\nWritten to ${file}`);
    }
  } catch (err) {
    console.error(`[profile] ${err.stack}`);
    process.exitCode = 1;
  }
}
