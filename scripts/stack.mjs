#!/usr/bin/env node
// @ts-check
// `npm run stack [-- --fresh] [--kratos-config <name>]`: the e2e stack on its own, for running
// `npx playwright test` by hand. --kratos-config starts Kratos with one of the configurations in
// scripts/lib/kratos-configs.mjs (then run the e2e suite with E2E_KRATOS_CONFIG=<name>).
import path from 'node:path';
import { KRATOS_CONFIGS } from './lib/kratos-configs.mjs';
import { Stack, root } from './lib/stack.mjs';

const at = process.argv.indexOf('--kratos-config');
const configName = at === -1 ? undefined : process.argv[at + 1];
if (configName !== undefined && !KRATOS_CONFIGS[configName]) {
  console.error(
    `[stack] unknown --kratos-config ${configName}; one of: ${Object.keys(KRATOS_CONFIGS).join(', ')}`,
  );
  process.exit(2);
}
const dataDir = process.env.STACK_DATA_DIR
  ? path.resolve(process.env.STACK_DATA_DIR)
  : path.join(root, configName ? `.data/test-${configName}` : '.data/test');
const stack = new Stack({
  dataDir,
  log: (l) => console.log(l),
  env: { ...process.env, ...(configName ? KRATOS_CONFIGS[configName].kratos : {}) },
  // For running the e2e suite by hand: its passes raise the abuse limits, but the limits pass.
  limits: configName ? (KRATOS_CONFIGS[configName].limits ?? 'raised') : 'raised',
});
const stop = async () => {
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
try {
  await stack.start({ fresh: process.argv.includes('--fresh') });
  const control = await stack.openControl(Number(process.env.STACK_CONTROL_PORT || 4499));
  console.log(
    `[stack] control ${control} (export E2E_STACK_CONTROL_URL=${control} for the outage test)`,
  );
  console.log(
    `[stack] UI ${stack.urls.ui}  inbox ${stack.urls.inbox}  admin ${stack.urls.kratosAdmin}  (Ctrl-C stops)`,
  );
  console.log(
    `[stack] Example app ${stack.urls.exampleApp}  Hydra ${stack.urls.hydraPublic} (admin ${stack.urls.hydraAdmin})`,
  );
} catch (err) {
  console.error(`[stack] ${err instanceof Error ? err.message : err}`);
  await stack.stop();
  process.exit(1);
}
