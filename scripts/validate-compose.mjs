#!/usr/bin/env node
// @ts-check
// Checks docker-compose.yml with the Compose v1 CLI (Debian's docker-compose): it rejects keys
// that only Compose v2 knows, so a file it accepts works for both. `config` only parses the file;
// no Docker engine is needed. Before that, a few checks on the text that need no CLI at all:
// every long-running service has a healthcheck (the UI's is its image's HEALTHCHECK), every
// depends_on names a condition, and the mail catcher's major version is the e2e suite's.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Exit code for "not checked": npm test counts it as skipped, not passed.
export const SKIPPED = 3;

/** The text block of each top-level service (two-space indented keys under `services:`). */
function serviceBlocks(text) {
  const blocks = new Map();
  let inServices = false;
  let current;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      inServices = line.startsWith('services:');
      current = undefined;
      continue;
    }
    const name = inServices && /^ {2}([\w.-]+):\s*$/.exec(line);
    if (name) {
      current = name[1];
      blocks.set(current, []);
    } else if (current) blocks.get(current).push(line);
  }
  return new Map([...blocks].map(([k, v]) => [k, v.join('\n')]));
}

function staticProblems() {
  const text = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const problems = [];
  const services = serviceBlocks(text);
  if (services.size === 0) problems.push('no services found');
  for (const [name, block] of services) {
    const longRunning = /^ {4}restart:/m.test(block);
    const builtHere = /^ {4}build:/m.test(block);
    if (longRunning && !/^ {4}healthcheck:/m.test(block)) {
      if (!(builtHere && /^HEALTHCHECK /m.test(dockerfile)))
        problems.push(`${name}: no healthcheck`);
    }
    const deps = /^ {4}depends_on:\n((?: {6}.*\n?)*)/m.exec(block);
    if (deps && /^ {6}- /m.test(deps[1]))
      problems.push(`${name}: depends_on without a condition (use service_healthy)`);
  }
  const maildev = /image:\s*maildev\/maildev:(\d+)/.exec(text)?.[1];
  const e2eMaildev = /(\d+)/.exec(pkg.devDependencies?.maildev ?? '')?.[1];
  if (maildev && e2eMaildev && maildev !== e2eMaildev)
    problems.push(`maildev image is v${maildev}, the e2e suite uses maildev ${e2eMaildev}`);
  return problems;
}

const problems = staticProblems();
for (const p of problems) console.error(`docker-compose.yml: ${p}`);

const run = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});

if (/** @type {NodeJS.ErrnoException | undefined} */ (run.error)?.code === 'ENOENT') {
  if (problems.length) process.exit(1);
  console.log(
    'docker-compose.yml: skipped (docker-compose is not on PATH; e.g. apt-get install docker-compose)',
  );
  process.exit(SKIPPED);
}
if (run.error) throw run.error;
if (run.status === 0 && problems.length === 0) console.log('docker-compose.yml: valid');
if (problems.length) process.exit(1);
process.exit(run.status ?? 1); // null status means killed by a signal: report failure
