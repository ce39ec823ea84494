#!/usr/bin/env node
// @ts-check
// Checks that Next's standalone output (what the Docker image ships) holds only what runs: the
// server, its bundles under .next/ and the traced node_modules; no project sources, tests,
// benches, docs, Kratos/Hydra configs (which may hold secrets), compose files or .env files.
// A dynamic fs read such as readFileSync(path.resolve(process.cwd(), x)) makes the tracer copy
// the whole repository; see lib/brand.ts for the fix. Needs a build first (npm run build), no
// Docker engine. NEXT_DIST_DIR picks another build folder, as in next.config.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const distName = process.env.NEXT_DIST_DIR || '.next';
const dist = path.resolve(root, distName);
const standalone = path.join(dist, 'standalone');

// Exit code for "not checked": npm test counts it as skipped, not passed.
const SKIPPED = 3;

if (!existsSync(path.join(dist, 'BUILD_ID')) || !existsSync(standalone)) {
  console.log(`${distName}/standalone: skipped (no build; run npm run build first)`);
  process.exit(SKIPPED);
}

/** Files under dir, relative to it, without descending into node_modules. */
function files(dir, rel = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...files(dir, p));
    } else out.push(p);
  }
  return out;
}

// At the top of the standalone folder only these belong; everything else is a project file the
// tracer pulled in. (Next writes server.js and package.json; the dist folder holds the build.)
const allowedTop = new Set(['server.js', 'package.json', distName, 'node_modules']);
const problems = [];
for (const entry of readdirSync(standalone)) {
  if (!allowedTop.has(entry)) problems.push(entry);
}

// Inside the copied dist folder only build output: no sources, configs or env files.
const sourceLike = /\.(tsx?|mts|cts|ya?ml|md|sql)$|(^|\/)\.env|(^|\/)(Dockerfile|docker-compose)/;
const shipped = files(standalone).filter((f) => f.startsWith(`${distName}/`));
for (const f of shipped) if (sourceLike.test(f)) problems.push(f);

// The trace of a page must not list project files either (every one would be copied).
const projectFile = (f) => {
  const rel = path.relative(root, f);
  return (
    !rel.startsWith('..') &&
    !rel.startsWith(`${distName}${path.sep}`) &&
    !rel.includes('node_modules')
  );
};
const nft = path.join(dist, 'server/app/login/page.js.nft.json');
let traced = [];
if (existsSync(nft)) {
  const { files: list } = JSON.parse(readFileSync(nft, 'utf8'));
  traced = list.map((f) => path.resolve(path.dirname(nft), f)).filter(projectFile);
}

const count = files(standalone).length;
if (problems.length || traced.length) {
  console.error(`${distName}/standalone: ${count} files outside node_modules, with project files:`);
  for (const p of problems.slice(0, 40)) console.error(`  ${p}`);
  if (traced.length) {
    console.error(
      `  server/app/login/page.js.nft.json traces ${traced.length} project files, e.g.:`,
    );
    for (const t of traced.slice(0, 10)) console.error(`    ${path.relative(root, t)}`);
  }
  console.error(
    'A dynamic fs path (process.cwd() + a variable) makes Next trace the whole project.',
  );
  process.exit(1);
}
console.log(`${distName}/standalone: ok (${count} files outside node_modules, all build output)`);
