import { defineConfig } from '@playwright/test';

// The suite targets any deployment through env (see README "Testing"); defaults are the local stack.
const baseURL = process.env.E2E_UI_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  // One worker by default: Kratos on SQLite answers "database is locked" under concurrent writes.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // JSON for npm test's totals line (it sets the output file); a plain list otherwise.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results/e2e',
  use: {
    baseURL,
    video: 'off',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // Which tests a target can run is decided here, not by skips inside tests (filtering here also
  // reaches the tests that run as another project's dependency):
  // - @alt-kratos-config needs a Kratos with short lifespans and two-step registration (npm
  //   test's second pass sets E2E_ALT_KRATOS_CONFIG=1 and runs only those);
  // - @local-stack needs the local launcher (its control endpoint, UI log and build), which
  //   npm test and `npm run stack` provide; a remote deployment has none of them.
  ...(process.env.E2E_ALT_KRATOS_CONFIG === '1'
    ? { grep: /@alt-kratos-config/ }
    : {
        grepInvert: process.env.E2E_STACK_CONTROL_URL
          ? /@alt-kratos-config/
          : /@alt-kratos-config|@local-stack/,
      }),
  projects: [
    { name: 'chromium', testIgnore: /(outage|log-audit|mail-branding)\.spec\.ts/ },
    // Restarts Kratos with another theme's emails (and back), so it runs after the others.
    { name: 'mail-branding', testMatch: /mail-branding\.spec\.ts/, dependencies: ['chromium'] },
    // Stops and restarts Kratos, so it runs alone after everything else.
    { name: 'outage', testMatch: /outage\.spec\.ts/, dependencies: ['mail-branding'] },
    // Reads the logs of everything above.
    { name: 'log-audit', testMatch: /log-audit\.spec\.ts/, dependencies: ['outage'] },
  ],
});
