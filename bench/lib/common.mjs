// @ts-check
// Shared by every bench script: where the stack is, Chromium's flags, statistics, tables, results.
import { mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const strip = (url) => url.replace(/\/$/, '');

/** The stack under test; each default is the standard local stack (npm run stack). */
export const urls = {
  ui: strip(process.env.BENCH_UI_URL || 'http://127.0.0.1:3000'),
  kratosPublic: strip(process.env.BENCH_KRATOS_PUBLIC_URL || 'http://127.0.0.1:4433'),
  kratosAdmin: strip(process.env.BENCH_KRATOS_ADMIN_URL || 'http://127.0.0.1:4434'),
  mail: strip(process.env.BENCH_MAIL_API_URL || 'http://127.0.0.1:1080'),
};

export const CHROMIUM_PATH = process.env.BENCH_CHROMIUM_PATH || '/usr/bin/chromium';
/** The flags the e2e suite uses: no sandbox (root), no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const benchDir = path.resolve(import.meta.dirname, '..');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** True when the module at `metaUrl` is the script node was asked to run. */
export const isMain = (metaUrl) =>
  Boolean(process.argv[1]) && metaUrl === pathToFileURL(path.resolve(process.argv[1])).href;

/** Nearest-rank percentile of numbers (not sorted in place). */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
export const median = (values) => percentile(values, 50);

export const round = (n, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

/** Prints rows (arrays of strings); the first is the header; numbers are right-aligned. */
export function printTable(rows, out = console.log) {
  const cells = rows.map((r) => r.map((c) => (c === undefined || c === null ? '' : String(c))));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  for (const r of cells) {
    out(
      r
        .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    );
  }
}

/** What else was running: the benchmarks share 2 cores with whatever else the machine does. */
export function machineLoad() {
  const [one, five] = os.loadavg();
  return { loadavg1: round(one, 2), loadavg5: round(five, 2), cpus: os.cpus().length };
}

/**
 * Writes results/<name>.json and returns its path relative to the repository. The JSON is laid
 * out by the project's Prettier, so `npm run lint` (prettier --check .) stays quiet about it.
 */
export async function writeResult(name, data) {
  const dir = path.join(benchDir, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  let text = JSON.stringify(data, null, 2) + '\n';
  try {
    const prettier = await import('prettier');
    text = await prettier.format(text, { parser: 'json', ...(await prettier.resolveConfig(file)) });
  } catch {
    // no Prettier: plain JSON
  }
  writeFileSync(file, text);
  return path.relative(path.resolve(benchDir, '..'), file);
}

/** Any HTTP answer within the timeout counts as up; a refused connection does not. */
export async function answers(url, timeoutMs = 3000) {
  try {
    await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return true;
  } catch {
    return false;
  }
}

/** Fails early, with one clear line, when a service of the stack is not there. */
export async function requireStack(needs = ['ui', 'kratosPublic', 'kratosAdmin', 'mail']) {
  const probes = {
    ui: `${urls.ui}/api/health`,
    kratosPublic: `${urls.kratosPublic}/health/alive`,
    kratosAdmin: `${urls.kratosAdmin}/admin/health/alive`,
    mail: `${urls.mail}/api/email`,
  };
  const missing = [];
  for (const n of needs) if (!(await answers(probes[n]))) missing.push(`${n} (${probes[n]})`);
  if (missing.length) {
    throw new Error(
      `not answering: ${missing.join(', ')}. Start the stack (npm run stack) or set BENCH_UI_URL, ` +
        'BENCH_KRATOS_PUBLIC_URL, BENCH_KRATOS_ADMIN_URL, BENCH_MAIL_API_URL.',
    );
  }
}

/** One GET on an http.Agent (keep-alive or not); resolves to the status and the whole body. */
export function httpGet(agent, url, headers) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** CPU time (user + system) a process has used so far, in ms; undefined if unreadable. */
export function procCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ = 100
  } catch {
    return undefined;
  }
}

/** PID of whatever listens on a local TCP port (read from /proc; no tools needed). */
export function listenerPid(port) {
  try {
    const hex = port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set();
    for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of readFileSync(f, 'utf8').split('\n').slice(1)) {
        const cols = line.trim().split(/\s+/);
        if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]);
      }
    }
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let fds = [];
      try {
        fds = readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        try {
          const m = /socket:\[(\d+)\]/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
          if (m && inodes.has(m[1])) return Number(pid);
        } catch {
          // gone
        }
      }
    }
  } catch {
    // not Linux, or not allowed
  }
  return undefined;
}
