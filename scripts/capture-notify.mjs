#!/usr/bin/env node
// @ts-check
// Captures, for the unit tests of lib/notify, the bodies Kratos posts to the security
// notification hooks (kratos/notify.jsonnet): it starts the stack with the hooks pointed at a
// recorder in front of the UI (NOTIFY_HOOK_BASE_URL), runs the French journey of
// e2e/notifications.spec.ts in Chromium (real sign-ins, settings changes, a recovery), and
// writes test/fixtures/notify/<name>.json. The recorder passes every call on to the UI, so the
// journey's own checks still hold. `npm run build` first; `node scripts/capture-notify.mjs`.
// Ports: the stack's (see .env.example), and NOTIFY_RECORDER_PORT (default 4798).
import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAsync } from './lib/setup.mjs';
import { root, Stack } from './lib/stack.mjs';

const out = path.join(root, 'test/fixtures/notify');
const recorderPort = Number(process.env.NOTIFY_RECORDER_PORT || 4798);

// Which call of the journey becomes which fixture: [hook, its nth call (1-based)].
const NAMES = {
  'login-password': ['login', 1],
  'login-code': ['login', 2],
  'login-password-new-device-fr': ['login', 3],
  'login-lookup-fr': ['login', 4],
  'settings-password': ['settings/password', 1],
  'settings-totp-linked': ['settings/totp', 1],
  'settings-totp-unlinked': ['settings/totp', 2],
  'settings-lookup-confirmed': ['settings/lookup_secret', 1],
  'settings-profile-email': ['settings/profile', 1],
  'recovery-fr': ['recovery', 1],
};

const stack = new Stack({
  dataDir: path.join(root, '.data/capture-notify'),
  env: { ...process.env, NOTIFY_HOOK_BASE_URL: `http://127.0.0.1:${recorderPort}` },
  limits: 'raised',
});

/** @type {Map<string, unknown[]>} */
const calls = new Map();
const recorder = http.createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const hook = (req.url ?? '').replace(/^\/api\/notify\//, '');
  try {
    const list = calls.get(hook) ?? [];
    list.push(JSON.parse(body));
    calls.set(hook, list);
  } catch {
    // Not JSON: the UI answers it below as it would.
  }
  try {
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
    }
    const answer = await fetch(`${stack.urls.ui}${req.url}`, {
      method: req.method,
      headers,
      body,
    });
    res.writeHead(answer.status).end(await answer.text());
  } catch {
    res.writeHead(502).end();
  }
});

let status = 1;
try {
  await new Promise((resolve) => recorder.listen(recorderPort, '127.0.0.1', () => resolve(0)));
  await stack.start({ fresh: true });
  const controlUrl = await stack.openControl(Number(process.env.STACK_CONTROL_PORT || 4499));
  const e2e = await runAsync(
    'npx',
    [
      'playwright',
      'test',
      'e2e/notifications.spec.ts',
      '-g',
      'real action, in fr',
      '--project',
      'chromium',
    ],
    {
      env: {
        ...process.env,
        E2E_UI_URL: stack.urls.ui,
        E2E_KRATOS_ADMIN_URL: stack.urls.kratosAdmin,
        E2E_KRATOS_PUBLIC_URL: stack.urls.kratosPublic,
        E2E_MAIL_API_URL: stack.urls.inbox,
        E2E_STACK_CONTROL_URL: controlUrl,
      },
    },
  );
  if (e2e !== 0) throw new Error('the journey failed; nothing written');
  mkdirSync(out, { recursive: true });
  for (const [name, [hook, nth]] of /** @type {[string, [string, number]][]} */ (
    Object.entries(NAMES)
  )) {
    const body = calls.get(hook)?.[nth - 1];
    if (!body) throw new Error(`no call ${nth} of the ${hook} hook was recorded`);
    writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify(body, null, 2)}\n`);
    console.log(`[capture-notify] ${name}.json`);
  }
  status = 0;
} catch (err) {
  console.error(`[capture-notify] ${err instanceof Error ? err.message : err}`);
} finally {
  recorder.close();
  await stack.stop();
}
process.exit(status);
