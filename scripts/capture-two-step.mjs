#!/usr/bin/env node
// @ts-check
// Captures, for the unit tests, flows that need Kratos configured differently from the e2e
// stack: the two-step ("profile first") registration (enable_legacy_one_step=false), and the
// settings flow through TOTP and backup codes. It starts its own Kratos (kratos/kratos.yml,
// in-memory database, no courier: codes are read from the admin API, which shows bodies in
// --dev) on spare ports and writes test/fixtures/kratos/{registration-two-step,settings}-*.json.
// Needs no running stack: `node scripts/capture-two-step.mjs`.
// Ports: TWO_STEP_PUBLIC_PORT / TWO_STEP_ADMIN_PORT (default 4455 / 4456).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureKratosBinary } from './lib/go-tool.mjs';
import {
  Browser as Client,
  csrf,
  PASSWORD,
  save,
  totpCode as totp,
} from './lib/kratos-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const publicPort = Number(process.env.TWO_STEP_PUBLIC_PORT || 4455);
const adminPort = Number(process.env.TWO_STEP_ADMIN_PORT || 4456);
const PUBLIC = `http://127.0.0.1:${publicPort}`;
const ADMIN = `http://127.0.0.1:${adminPort}`;
// The same browser-facing base URL as scripts/capture-fixtures.mjs, so fixtures look alike.
const BASE_URL = 'http://127.0.0.1:3000/kratos/';

/** The shared client (scripts/lib/kratos-browser.mjs), against this script's own Kratos. */
class Browser extends Client {
  constructor() {
    super({ publicUrl: PUBLIC });
  }
}

async function waitReady(child) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`kratos exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${PUBLIC}/health/ready`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('kratos did not become ready');
}

/** Runs `fn` against a fresh Kratos with the repo's config plus `env`, then stops it. */
async function withKratos(env, fn) {
  const kratos = spawn(bin, ['serve', '-c', 'kratos/kratos.yml', '--dev', '--sqa-opt-out'], {
    cwd: root,
    env: {
      ...process.env,
      DSN: 'memory',
      SERVE_PUBLIC_PORT: String(publicPort),
      SERVE_ADMIN_PORT: String(adminPort),
      SERVE_PUBLIC_BASE_URL: BASE_URL,
      LOG_LEVEL: 'warning',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitReady(kratos);
    await fn();
  } finally {
    kratos.kill('SIGTERM');
    await new Promise((r) => (kratos.exitCode !== null ? r() : kratos.once('exit', r)));
  }
}

const bin = await ensureKratosBinary();

// --- Two-step registration -------------------------------------------------------------
await withKratos({ SELFSERVICE_FLOWS_REGISTRATION_ENABLE_LEGACY_ONE_STEP: 'false' }, async () => {
  const b = new Browser();
  const email = `two-step-${Date.now()}@example.org`;
  const traits = { 'traits.email': email, 'traits.name.first': 'Ada' };

  // Step 1: the profile form (traits only).
  const start = await b.request(`${PUBLIC}/self-service/registration/browser`);
  save('registration-two-step-profile', start);
  const action = `${PUBLIC}/self-service/registration?flow=${start.body.id}`;
  const post = (body) => b.request(action, { method: 'POST', body });

  // Step 1 with an invalid email: the error is on the trait, still the profile screen.
  const invalid = await post({
    csrf_token: csrf(start.body),
    method: 'profile',
    'traits.email': 'not-an-email',
  });
  save('registration-two-step-profile-invalid', invalid);

  // Step 2: traits accepted; now the credentials (password, passkey), traits as hidden fields.
  const choose = await post({ csrf_token: csrf(invalid.body), method: 'profile', ...traits });
  save('registration-two-step-credentials', choose);

  // "Back" (screen=previous): the profile form again, with the traits kept.
  const back = await post({ csrf_token: csrf(choose.body), screen: 'previous', ...traits });
  save('registration-two-step-back', back);

  // Forward again and finish with a password.
  const again = await post({ csrf_token: csrf(back.body), method: 'profile', ...traits });
  const done = await post({
    csrf_token: csrf(again.body),
    method: 'password',
    password: PASSWORD,
    ...traits,
  });
  save('registration-two-step-success', {
    status: done.status,
    // Only what the tests need: the session's level and where Kratos sends the browser next.
    body: {
      session: { authenticator_assurance_level: done.body?.session?.authenticator_assurance_level },
      continue_with: done.body?.continue_with,
    },
  });
});

// --- Settings through TOTP and backup codes (the e2e stack's one-step config) ------------
await withKratos({}, async () => {
  const b = new Browser();
  const email = `settings-${Date.now()}@example.org`;
  const created = await fetch(`${ADMIN}/admin/identities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      schema_id: 'default',
      traits: { email },
      credentials: { password: { config: { password: PASSWORD } } },
    }),
  });
  if (!created.ok) throw new Error(`identity: ${created.status}`);

  save(
    'registration-flow-all-methods',
    await b.request(`${PUBLIC}/self-service/registration/browser`),
  );
  save('login-flow-all-methods', await b.request(`${PUBLIC}/self-service/login/browser`));

  // Password, then the email code (highest_available needs aal2 for settings).
  const login = await b.request(`${PUBLIC}/self-service/login/browser`);
  await b.request(`${PUBLIC}/self-service/login?flow=${login.body.id}`, {
    method: 'POST',
    body: {
      method: 'password',
      identifier: email,
      password: PASSWORD,
      csrf_token: csrf(login.body),
    },
  });
  const aal2 = await b.request(`${PUBLIC}/self-service/login/browser?aal=aal2`);
  const aal2Action = `${PUBLIC}/self-service/login?flow=${aal2.body.id}`;
  const sent = await b.request(aal2Action, {
    method: 'POST',
    body: { csrf_token: csrf(aal2.body), address: email },
  });
  const mails = await (
    await fetch(`${ADMIN}/admin/courier/messages?recipient=${encodeURIComponent(email)}`)
  ).json();
  const code = /(^|\s)(\d{6})(\s|$)/m.exec(mails[0]?.body ?? '')?.[2];
  if (!code) throw new Error('no code in the queued mail');
  await b.request(aal2Action, {
    method: 'POST',
    body: { csrf_token: csrf(sent.body), method: 'code', identifier: email, code },
  });

  let flow = await b.request(`${PUBLIC}/self-service/settings/browser`);
  save('settings-flow', flow);
  const id = flow.body.id;
  const post = async (body) => {
    const res = await b.request(`${PUBLIC}/self-service/settings?flow=${id}`, {
      method: 'POST',
      body: { csrf_token: csrf(flow.body), ...body },
    });
    if (res.body?.ui) flow = res;
    return res;
  };
  const secret = flow.body.ui.nodes.find((n) => n.attributes.id === 'totp_secret_key')?.attributes
    .text.context.secret;
  save('settings-totp-wrong-code', await post({ method: 'totp', totp_code: '000000' }));
  save('settings-totp-linked', await post({ method: 'totp', totp_code: totp(secret) }));
  save(
    'settings-lookup-codes',
    await post({ method: 'lookup_secret', lookup_secret_regenerate: true }),
  );
  save(
    'settings-lookup-confirmed',
    await post({ method: 'lookup_secret', lookup_secret_confirm: true }),
  );
  save(
    'settings-lookup-revealed',
    await post({ method: 'lookup_secret', lookup_secret_reveal: true }),
  );
});

console.log('fixtures written to test/fixtures/kratos');
