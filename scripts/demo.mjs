#!/usr/bin/env node
// @ts-check
// `npm run demo [-- --kratos-config <name>]`: installs what is missing, builds, starts the
// whole stack (with one of the configurations of scripts/lib/kratos-configs.mjs, e.g. `sms`),
// prints the URLs, and stops everything on Ctrl-C.
import path from 'node:path';
import { buildUi, ensureNodeModules, ensureRedis } from './lib/setup.mjs';
import { root } from './lib/stack.mjs';

const log = (l) => console.log(l);

try {
  ensureNodeModules(log);
  buildUi(log, { force: process.argv.includes('--rebuild') });
  ensureRedis(log);
  const { Stack } = await import('./lib/stack.mjs');
  const { KRATOS_CONFIGS } = await import('./lib/kratos-configs.mjs');
  const at = process.argv.indexOf('--kratos-config');
  const configName = at === -1 ? undefined : process.argv[at + 1];
  if (configName !== undefined && !KRATOS_CONFIGS[configName]) {
    throw new Error(
      `unknown --kratos-config ${configName}; one of: ${Object.keys(KRATOS_CONFIGS).join(', ')}`,
    );
  }
  const stack = new Stack({
    dataDir: path.join(root, configName ? `.data/demo-${configName}` : '.data/demo'),
    log,
    env: { ...process.env, ...(configName ? KRATOS_CONFIGS[configName].kratos : {}) },
  });
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log('\n[demo] stopping…');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  try {
    await stack.start();
  } catch (err) {
    await stack.stop();
    throw err;
  }
  const u = stack.urls;
  log(`
  The self-service UI is running.

    UI (sign up, sign in):     ${u.ui}
    Mail inbox (codes):        ${u.inbox}
    SMS gateway (text codes):  ${u.sms}
    Kratos admin API:          ${u.kratosAdmin}
    Example ID (social):       ${u.oidc}  (any email address signs in there)
    Example app (OAuth2/OIDC): ${u.exampleApp}
    Hydra public (issuer):     ${u.hydraPublic}
    Hydra admin API:           ${u.hydraAdmin}
    Redis (limit counters):    ${stack.hasRedis() ? u.redis : 'not installed: counted in memory'}

  Logs are in .stack/logs/. Press Ctrl-C to stop everything.
`);
  for (const c of stack.children) {
    c.child.on('exit', () => {
      if (!stopping) void shutdown().then(() => process.exit(1));
    });
  }
} catch (err) {
  console.error(`[demo] ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
