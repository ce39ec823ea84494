// @ts-check
// Installs what a bare machine is missing: npm dependencies, the UI build, Chromium for e2e,
// docker-compose for the Compose file check.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REDIS_SERVER, root } from './stack.mjs';

export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return res.status ?? 1;
}

/**
 * Like run(), but keeps this process's event loop free while the child runs: the test runner
 * serves the stack's control endpoint (stop/start Kratos) to the e2e suite meanwhile.
 */
export function runAsync(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

export function must(cmd, args, opts) {
  const status = run(cmd, args, opts);
  if (status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${status})`);
}

/** npm ci when node_modules is missing or older than the lock file. */
export function ensureNodeModules(log) {
  const marker = path.join(root, 'node_modules/.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('[setup] installing npm dependencies (npm ci)');
  must('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Builds the UI unless a build of the current sources exists. */
export function buildUi(log, { force = false } = {}) {
  if (!force && existsSync(path.join(root, '.next/BUILD_ID')) && !process.env.CI) {
    log('[setup] using the existing UI build (.next); `npm run build` rebuilds it');
    return;
  }
  log('[setup] building the UI (next build)');
  must('npm', ['run', 'build'], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;

function aptInstall(log, pkg) {
  log(`[setup] installing Debian ${pkg} (apt-get)`);
  if (!aptUpdated) {
    must('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
    aptUpdated = true;
  }
  must('apt-get', ['install', '-y', '--no-install-recommends', pkg], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/**
 * Debian's redis-server holds the UI's limit counters in the e2e stack and the demo. Installed
 * when we are root; otherwise the stack runs without it and the UI counts in memory (the
 * limits pass's Redis tests then fail and say so).
 */
export function ensureRedis(log) {
  if (existsSync(REDIS_SERVER)) return;
  if (!isRoot()) {
    log(
      `[setup] no redis-server at ${REDIS_SERVER}: install it with sudo apt-get install -y redis-server`,
    );
    return;
  }
  aptInstall(log, 'redis-server');
}

/** Debian's Chromium drives the e2e suite; install it when we are root, else say how. */
export function ensureChromium(log) {
  if (existsSync(CHROMIUM)) return;
  if (!isRoot()) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  aptInstall(log, 'chromium');
}

/**
 * Debian's docker-compose (Compose v1) validates docker-compose.yml. Installed when we are root;
 * otherwise the check is reported as skipped, with how to install it.
 */
export function ensureDockerCompose(log) {
  const found = spawnSync('docker-compose', ['version'], { stdio: 'ignore' });
  if (!found.error) return;
  if (!isRoot()) return;
  try {
    aptInstall(log, 'docker-compose');
  } catch (err) {
    log(`[setup] could not install docker-compose: ${err.message}`);
  }
}

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}
