#!/usr/bin/env node
// @ts-check
// The one way to capture the JSON the unit tests read (never hand-written): named sets, each
// written by a module that talks to Kratos through the one client, scripts/lib/kratos-browser.mjs.
//
//   npm run capture -- <set> [<set> ...]      e.g. npm run capture -- flows sessions
//
// Sets that read a running stack (`npm run stack`, or `--kratos-config <name>` where noted; set
// KRATOS_PUBLIC_URL, KRATOS_ADMIN_URL, MAIL_API_URL, SMS_API_URL for one on other ports):
//   flows                  login, registration, 2FA and error flows (test/fixtures/kratos)
//   sessions               whoami, GET /sessions paged, the revoke answers (Devices page)
//   second-factors         an identity with an authenticator app and backup codes on the 2FA screen
//   hydra                  Hydra's login, consent, consent-sessions and logout requests
//   identifier-first       the identifier-first login (stack with --kratos-config identifier-first)
//   passwordless           the passwordless code (stack with --kratos-config passwordless)
//   sms                    the code by SMS and phone verification (stack with --kratos-config sms)
// Sets that start what they need themselves:
//   two-step               two-step registration and the TOTP / backup-code settings (own Kratos)
//   notify                 the bodies of the security notification hooks (own stack; build first)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string[]>} set → the module and its arguments */
const SETS = {
  flows: ['capture-fixtures.mjs'],
  sessions: ['capture-sessions-fixtures.mjs'],
  'second-factors': ['capture-second-factors.mjs'],
  hydra: ['capture-hydra-fixtures.mjs'],
  'identifier-first': ['capture-login-styles.mjs', 'identifier-first'],
  passwordless: ['capture-login-styles.mjs', 'passwordless'],
  sms: ['capture-sms.mjs'],
  'two-step': ['capture-two-step.mjs'],
  notify: ['capture-notify.mjs'],
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((set) => !SETS[set]);
if (!wanted.length || unknown.length) {
  console.error(
    `${unknown.length ? `unknown set: ${unknown.join(', ')}\n` : ''}usage: npm run capture -- <set> [<set> ...]\nsets: ${Object.keys(SETS).join(', ')}`,
  );
  process.exit(2);
}
for (const set of wanted) {
  const [module, ...args] = SETS[set] ?? [];
  console.log(`[capture] ${set}`);
  const r = spawnSync(
    process.execPath,
    [fileURLToPath(new URL(module, import.meta.url)), ...args],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) {
    console.error(`[capture] ${set} failed (exit ${r.status}); the sets after it were not run`);
    process.exit(r.status ?? 1);
  }
}
