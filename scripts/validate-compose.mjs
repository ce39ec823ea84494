#!/usr/bin/env node
// Checks docker-compose.yml with the Compose v1 CLI (Debian's docker-compose): it rejects keys
// that only Compose v2 knows, so a file it accepts works for both. `config` only parses the file;
// no Docker engine is needed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});

// Exit code for "not checked": npm test counts it as skipped, not passed.
export const SKIPPED = 3;

if (run.error?.code === 'ENOENT') {
  console.log(
    'docker-compose.yml: skipped (docker-compose is not on PATH; e.g. apt-get install docker-compose)',
  );
  process.exit(SKIPPED);
}
if (run.error) throw run.error;
if (run.status === 0) console.log('docker-compose.yml: valid');
process.exit(run.status ?? 1); // null status means killed by a signal: report failure
