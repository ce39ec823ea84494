// @ts-check
// The bare App Router floor (issue 27): bench/bare/ built by its own `next build` into
// bench/.bare/<variant> (git-ignored), in three variants:
//   plain    as it is: plain fetch, <html><body>;
//   csp      with proxy.csp.js as its proxy (a nonce CSP and our security headers);
//   adapter  the csp variant whose page reads the flow through our adapter (bench/bare/adapter/).
// Same Next and React as the product: they resolve from the repo's node_modules. Nothing is
// written into app/.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { benchDir, sleep } from './common.mjs';

const source = path.join(benchDir, 'bare');
const nextBin = path.resolve(benchDir, '../node_modules/next/dist/bin/next');

/** @typedef {'plain' | 'csp' | 'adapter'} Variant */

/** @param {Variant} variant */
export const bareDir = (variant) => path.join(benchDir, '.bare', variant);

/** Builds one variant unless its build exists (or rebuild is asked). */
export function buildBare(/** @type {Variant} */ variant, rebuild = false) {
  const dir = bareDir(variant);
  if (!rebuild && existsSync(path.join(dir, '.next/BUILD_ID'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const adapter = path.join(source, 'adapter');
  cpSync(source, dir, {
    recursive: true,
    filter: (src) => !src.endsWith('proxy.csp.js') && !src.startsWith(adapter),
  });
  if (variant !== 'plain') cpSync(path.join(source, 'proxy.csp.js'), path.join(dir, 'proxy.js'));
  if (variant === 'adapter') {
    rmSync(path.join(dir, 'app/login/page.jsx'));
    cpSync(path.join(adapter, 'page.tsx'), path.join(dir, 'app/login/page.tsx'));
    cpSync(path.join(adapter, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  }
  const built = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error(`next build of the bare floor (${variant}) failed`);
  return dir;
}

/**
 * Starts a built variant on `port` against the stack's Kratos and waits until it answers;
 * `stop()` ends it by its PID.
 */
export async function startBare(
  /** @type {Variant} */ variant,
  /** @type {number} */ port,
  /** @type {Record<string, string>} */ env,
) {
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: bareDir(variant),
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
  };
  for (let i = 0; i < 120 && child.exitCode === null; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/login`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) return { child, url: `http://127.0.0.1:${port}`, stop };
    await sleep(250);
  }
  await stop();
  throw new Error(`the bare floor (${variant}) did not come up on port ${port}`);
}
