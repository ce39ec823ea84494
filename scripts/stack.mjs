#!/usr/bin/env node
// `npm run stack [-- --fresh]`: the e2e stack on its own, for running `npx playwright test` by hand.
import path from 'node:path';
import { Stack, root } from './lib/stack.mjs';

const stack = new Stack({ dataDir: path.join(root, '.data/test'), log: (l) => console.log(l) });
const stop = async () => {
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
try {
  await stack.start({ fresh: process.argv.includes('--fresh') });
  console.log(`[stack] UI ${stack.urls.ui}  inbox ${stack.urls.inbox}  admin ${stack.urls.kratosAdmin}  (Ctrl-C stops)`);
} catch (err) {
  console.error(`[stack] ${err instanceof Error ? err.message : err}`);
  await stack.stop();
  process.exit(1);
}
