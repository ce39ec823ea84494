#!/usr/bin/env node
// @ts-check
// `npm test`: lint, typecheck, unit tests, then the Playwright e2e suite against a freshly
// started real stack (Kratos, Hydra, mail inbox, UI, Example app), which it stops afterwards.
// Ends with one line `N passed, N failed, N skipped` counting every check, unit test and e2e test.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  buildUi,
  ensureChromium,
  ensureDockerCompose,
  ensureNodeModules,
  ensureRedis,
  run,
  runAsync,
} from './lib/setup.mjs';
import { root } from './lib/stack.mjs';

const log = (l) => console.log(l);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const reports = path.join(root, 'test-results/reports');
const started = Date.now();

/** Runs one check; exit 3 means it could not run here (counted as skipped). */
function check(name, cmd, args, env) {
  log(`\n=== ${name} ===`);
  const status = run(cmd, args, { env: { ...process.env, ...env } });
  if (status === 0) totals.passed += 1;
  else if (status === 3) totals.skipped += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
  return status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.numFailedTests) failures.push(`unit tests (${r.numFailedTests} failed)`);
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const s = r.stats ?? {};
  totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  totals.failed += s.unexpected ?? 0;
  totals.skipped += s.skipped ?? 0;
  if (s.unexpected) failures.push(`e2e tests (${s.unexpected} failed)`);
  return true;
}

let stack;
let exitCode = 0;
try {
  ensureNodeModules(log);
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });

  check('lint (eslint + prettier)', 'npm', ['run', '--silent', 'lint']);
  check('typecheck (tsc)', 'npm', ['run', '--silent', 'typecheck']);
  ensureDockerCompose(log);
  check('docker-compose.yml', process.execPath, ['scripts/validate-compose.mjs']);
  // Builds Helm and k8s-check from Go modules on first use (cached like Kratos and Hydra).
  check('Helm chart (charts/kratos-selfservice-ui)', process.execPath, [
    'scripts/validate-chart.mjs',
  ]);

  log('\n=== unit tests (vitest) ===');
  const unitFile = path.join(reports, 'vitest.json');
  run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${unitFile}`,
  ]);
  if (!countVitest(unitFile)) {
    totals.failed += 1;
    failures.push('unit tests (no report)');
  }
  // The same tests a year ahead (test/clock-shift.ts): one that reads the real clock against
  // captured data fails here today, not on the day its fixture expires.
  check('unit tests with the clock a year ahead', 'npx', ['vitest', 'run', '--reporter=dot'], {
    UNIT_CLOCK_SHIFT_DAYS: '365',
  });

  log('\n=== e2e (Playwright, real Kratos + mail + Chromium) ===');
  ensureChromium(log);
  ensureRedis(log);
  buildUi(log, { force: true });
  check('standalone output (what the image holds)', process.execPath, [
    'scripts/check-standalone.mjs',
  ]);
  const { Stack } = await import('./lib/stack.mjs');
  stack = new Stack({ dataDir: path.join(root, '.data/test'), log, limits: 'raised' });
  await stack.start({ fresh: true });
  const controlUrl = await stack.openControl(Number(process.env.STACK_CONTROL_PORT || 4499));
  const e2eFile = path.join(reports, 'playwright.json');
  const e2eEnv = (extra) => ({
    ...process.env,
    E2E_UI_URL: stack.urls.ui,
    E2E_KRATOS_ADMIN_URL: stack.urls.kratosAdmin,
    E2E_KRATOS_PUBLIC_URL: stack.urls.kratosPublic,
    E2E_HYDRA_ADMIN_URL: stack.urls.hydraAdmin,
    E2E_HYDRA_PUBLIC_URL: stack.urls.hydraPublic,
    E2E_APP_URL: stack.urls.exampleApp,
    E2E_MAIL_API_URL: stack.urls.inbox,
    E2E_SMS_API_URL: stack.urls.sms,
    E2E_UI_LOG: stack.logFile('ui'),
    E2E_STACK_CONTROL_URL: controlUrl,
    E2E_REDIS_URL: stack.hasRedis() ? stack.urls.redis : '',
    ...extra,
  });
  await runAsync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    env: e2eEnv({ PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile }),
  });
  if (!countPlaywright(e2eFile)) {
    totals.failed += 1;
    failures.push('e2e tests (no report)');
  }
  await stack.stop();

  // Then a fresh stack per further Kratos configuration (scripts/lib/kratos-configs.mjs), each
  // running only the tests tagged for it.
  const { KRATOS_CONFIGS } = await import('./lib/kratos-configs.mjs');
  for (const [name, config] of Object.entries(KRATOS_CONFIGS)) {
    log(`\n=== e2e against the ${name} Kratos configuration (${config.tag}) ===`);
    stack = new Stack({
      dataDir: path.join(root, `.data/test-${name}`),
      log,
      env: { ...process.env, ...config.kratos },
      limits: config.limits ?? 'raised',
    });
    await stack.start({ fresh: true });
    // Each pass's stack answers the same control port (the limits pass stops Redis through it).
    await stack.openControl(Number(process.env.STACK_CONTROL_PORT || 4499));
    const file = path.join(reports, `playwright-${name}.json`);
    await runAsync('npx', ['playwright', 'test', '--project', 'chromium'], {
      env: e2eEnv({
        ...config.e2e,
        PLAYWRIGHT_JSON_OUTPUT_NAME: file,
        E2E_KRATOS_CONFIG: name,
        E2E_OUTPUT_DIR: `test-results/e2e-${name}`,
      }),
    });
    if (!countPlaywright(file)) {
      totals.failed += 1;
      failures.push(`${name}-config e2e tests (no report)`);
    }
    await stack.stop();
    stack = undefined;
  }
} catch (err) {
  totals.failed += 1;
  failures.push(err instanceof Error ? err.message : String(err));
  console.error(`\n[test] ${err instanceof Error ? err.message : err}`);
} finally {
  if (stack) await stack.stop();
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
log(
  `\n[test] finished in ${minutes} min${failures.length ? `; failed: ${failures.join('; ')}` : ''}`,
);
if (totals.failed > 0) exitCode = 1;
log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
