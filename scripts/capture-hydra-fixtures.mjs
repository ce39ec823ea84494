#!/usr/bin/env node
// @ts-check
// Captures Hydra's login, consent and logout requests (and Kratos's login flow for a Hydra
// challenge) for the unit tests: test/fixtures/hydra/*.json and test/fixtures/kratos/login-flow-oauth2.json.
// Run against a running stack: `npm run stack` in one terminal, `node scripts/capture-hydra-fixtures.mjs`
// in another. The login is accepted through Hydra's admin API, as Kratos would after a sign-in.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HYDRA = process.env.HYDRA_PUBLIC_URL || 'http://127.0.0.1:4444';
const ADMIN = process.env.HYDRA_ADMIN_URL || 'http://127.0.0.1:4445';
const KRATOS = process.env.KRATOS_PUBLIC_URL || 'http://127.0.0.1:4433';
const APP = 'http://127.0.0.1:5555';
const SUBJECT = 'b3f6b0f0-0000-4000-8000-00000000f1x7';

function save(dir, name, status, body) {
  const out = path.join(root, 'test/fixtures', dir);
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify({ status, body }, null, 2)}\n`);
  console.log(`captured ${dir}/${name} (HTTP ${status})`);
}

async function admin(method, p, body) {
  const res = await fetch(`${ADMIN}${p}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Hydra's own cookies (its login and consent CSRF, its session) between the redirects. */
const jar = new Map();
async function visit(url) {
  const res = await fetch(url, {
    redirect: 'manual',
    headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
  await res.body?.cancel();
  return new URL(res.headers.get('location') ?? '', url);
}

const client = (
  await admin('POST', '/admin/clients', {
    client_name: 'Fixture app',
    redirect_uris: [`${APP}/callback`],
    post_logout_redirect_uris: [`${APP}/`],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    scope: 'openid email profile offline_access',
    token_endpoint_auth_method: 'none',
    logo_uri: `${APP}/logo.svg`,
    policy_uri: `${APP}/privacy`,
    tos_uri: `${APP}/terms`,
  })
).body;

try {
  const verifier = randomBytes(32).toString('base64url');
  const auth = new URL('/oauth2/auth', HYDRA);
  for (const [k, v] of Object.entries({
    client_id: client.client_id,
    response_type: 'code',
    redirect_uri: `${APP}/callback`,
    scope: 'openid email profile offline_access',
    state: randomBytes(12).toString('base64url'),
    nonce: randomBytes(12).toString('base64url'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    login_hint: 'fixture@example.org',
    ui_locales: 'de en',
  }))
    auth.searchParams.set(k, v);

  const toLogin = await visit(auth.href);
  const loginChallenge = toLogin.searchParams.get('login_challenge');
  const login = await admin(
    'GET',
    `/admin/oauth2/auth/requests/login?login_challenge=${loginChallenge}`,
  );
  save('hydra', 'login-request', login.status, login.body);

  const flow = await fetch(
    `${KRATOS}/self-service/login/browser?login_challenge=${encodeURIComponent(loginChallenge)}`,
    { headers: { accept: 'application/json' } },
  );
  save('kratos', 'login-flow-oauth2', flow.status, await flow.json());

  const accepted = await admin(
    'PUT',
    `/admin/oauth2/auth/requests/login/accept?login_challenge=${loginChallenge}`,
    { subject: SUBJECT, remember: true, amr: ['password', 'code'] },
  );
  const toConsent = await visit(accepted.body.redirect_to);
  const consentChallenge = toConsent.searchParams.get('consent_challenge');
  const consent = await admin(
    'GET',
    `/admin/oauth2/auth/requests/consent?consent_challenge=${consentChallenge}`,
  );
  save('hydra', 'consent-request', consent.status, consent.body);

  const granted = await admin(
    'PUT',
    `/admin/oauth2/auth/requests/consent/accept?consent_challenge=${consentChallenge}`,
    { grant_scope: consent.body.requested_scope, remember: true, remember_for: 3600 },
  );
  save('hydra', 'consent-accepted', granted.status, granted.body);
  const used = await admin(
    'GET',
    `/admin/oauth2/auth/requests/consent?consent_challenge=${consentChallenge}`,
  );
  save('hydra', 'consent-used', used.status, used.body);
  const unknown = await admin('GET', '/admin/oauth2/auth/requests/consent?consent_challenge=nope');
  save('hydra', 'consent-unknown', unknown.status, unknown.body);

  const callback = await visit(granted.body.redirect_to);
  const tokens = await (
    await fetch(`${HYDRA}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code') ?? '',
        redirect_uri: `${APP}/callback`,
        client_id: client.client_id,
        code_verifier: verifier,
      }),
    })
  ).json();

  // The connected apps page: the user's consent sessions once the app has its tokens.
  const sessions = await admin(
    'GET',
    `/admin/oauth2/auth/sessions/consent?subject=${encodeURIComponent(SUBJECT)}`,
  );
  save('hydra', 'consent-sessions', sessions.status, sessions.body);

  const logoutUrl = new URL('/oauth2/sessions/logout', HYDRA);
  logoutUrl.searchParams.set('id_token_hint', tokens.id_token);
  logoutUrl.searchParams.set('post_logout_redirect_uri', `${APP}/`);
  const toLogout = await visit(logoutUrl.href);
  const logoutChallenge = toLogout.searchParams.get('logout_challenge');
  const logout = await admin(
    'GET',
    `/admin/oauth2/auth/requests/logout?logout_challenge=${logoutChallenge}`,
  );
  save('hydra', 'logout-request', logout.status, logout.body);
  await admin(
    'PUT',
    `/admin/oauth2/auth/requests/logout/reject?logout_challenge=${logoutChallenge}`,
  );
} finally {
  await admin('DELETE', `/admin/clients/${client.client_id}`);
}
