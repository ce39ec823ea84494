#!/usr/bin/env node
// @ts-check
// Builds the pinned Kratos binary from Go modules and caches it outside the repo.
// The cache key is a hash of tools/kratos/go.mod + go.sum, so a fresh clone on a
// machine that already built the same pin reuses the binary.
import { ensureKratosBinary } from './lib/go-tool.mjs';

const bin = await ensureKratosBinary({ log: (line) => console.log(`[kratos-build] ${line}`) });
console.log(bin);
