// @ts-check
// A second `next start` of the same build (NEXT_DIST_DIR) on its own port, talking to the same
// Kratos with the same public origin as the stack's UI. profile-server.mjs runs it with timing
// hooks preloaded; server-time.mjs runs it to measure two UI processes (one per core).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { benchDir, sleep, urls } from './common.mjs';

const root = path.resolve(benchDir, '..');

/**
 * Starts it and waits for /api/health; `stop()` ends it by its PID. `dir`: another checkout's
 * build (peer.mjs --compare), by default this one.
 */
export async function startSecondUi({ port, nodeArgs = [], env = {}, dir = root }) {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      path.join(dir, 'node_modules/next/dist/bin/next'),
      'start',
      '-H',
      '127.0.0.1',
      '-p',
      String(port),
    ],
    {
      cwd: dir,
      env: {
        ...process.env,
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: '1',
        KRATOS_PUBLIC_URL: urls.kratosPublic,
        UI_URL: urls.ui,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  };
  let up = false;
  for (let i = 0; i < 120 && !up && child.exitCode === null; i++) {
    up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await sleep(250);
  }
  if (!up) {
    await stop();
    throw new Error(`the second UI server did not come up on port ${port}`);
  }
  return { child, distDir, url: `http://127.0.0.1:${port}`, stop };
}
