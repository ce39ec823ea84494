import { defineConfig } from '@playwright/test';

const CONFIG_TAGS: Record<string, RegExp> = {
  alt: /@alt-kratos-config/,
  'identifier-first': /@identifier-first/,
  passwordless: /@passwordless/,
  limits: /@limits/,
  sms: /@sms/,
};
const OTHER_CONFIGS = /@alt-kratos-config|@identifier-first|@passwordless|@limits|@sms/;
const OTHER_CONFIGS_OR_LOCAL =
  /@alt-kratos-config|@identifier-first|@passwordless|@limits|@sms|@local-stack/;
// E2E_ALT_KRATOS_CONFIG=1 is the older spelling of E2E_KRATOS_CONFIG=alt.
const kratosConfig =
  process.env.E2E_KRATOS_CONFIG ?? (process.env.E2E_ALT_KRATOS_CONFIG === '1' ? 'alt' : undefined);
if (kratosConfig && !CONFIG_TAGS[kratosConfig]) {
  throw new Error(
    `E2E_KRATOS_CONFIG=${kratosConfig}: expected one of ${Object.keys(CONFIG_TAGS).join(', ')}`,
  );
}

// The suite targets any deployment through env (see docs/testing.md); defaults are the local stack.
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
  // - tests tagged for another Kratos configuration (@alt-kratos-config: short lifespans and
  //   two-step registration; @identifier-first; @passwordless) need a Kratos started with it.
  //   npm test runs each as its own pass with E2E_KRATOS_CONFIG=<name> (scripts/lib/kratos-configs.mjs)
  //   and then only those tests; every other run leaves them out;
  // - @local-stack needs the local launcher (its control endpoint, UI log and build), which
  //   npm test and `npm run stack` provide; a remote deployment has none of them.
  ...(kratosConfig
    ? { grep: CONFIG_TAGS[kratosConfig] }
    : { grepInvert: process.env.E2E_STACK_CONTROL_URL ? OTHER_CONFIGS : OTHER_CONFIGS_OR_LOCAL }),
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
