#!/usr/bin/env node
// @ts-check
// Builds a pinned Ory server (`kratos` or `hydra`) from Go modules and caches it outside the
// repo; see scripts/lib/go-tool.mjs. Prints the binary's path.
import { ensureGoTool, goTools } from './lib/go-tool.mjs';

const name = process.argv[2];
if (!goTools[name]) {
  console.error(`usage: node scripts/build-go-tool.mjs <${Object.keys(goTools).join('|')}>`);
  process.exit(2);
}
const bin = await ensureGoTool(name, { log: (line) => console.log(`[${name}-build] ${line}`) });
console.log(bin);
