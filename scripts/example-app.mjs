// @ts-check
// "Example app": a small OAuth2 / OpenID Connect client of the local Hydra, so the demo and the
// e2e suite sign in to a third-party app through this UI. Built on panva's certified
// `openid-client` (v6): a public client with the authorization code flow, PKCE (S256), state
// and nonce. Development only: sessions live in memory and it listens on loopback over http.
//
// Env: EXAMPLE_APP_CLIENT_ID (registered by scripts/lib/stack.mjs), EXAMPLE_APP_PORT (5555),
// HYDRA_PUBLIC_URL (the issuer, http://127.0.0.1:4444), BRAND_THEME / BRAND_NAME (as the UI).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as oidc from 'openid-client';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.EXAMPLE_APP_PORT || 5555);
const appUrl = `http://127.0.0.1:${port}`;
const issuer = new URL(process.env.HYDRA_PUBLIC_URL || 'http://127.0.0.1:4444');
const clientId = process.env.EXAMPLE_APP_CLIENT_ID || 'example-app';
const SCOPE = 'openid profile email offline_access';
const SESSION_COOKIE = 'example_app_session';
const FLOW_COOKIE = 'example_app_flow';
const FLOW_TTL_MS = 15 * 60_000;
/** Authorization request parameters /login passes through (for tests). */
const PASS_THROUGH = ['prompt', 'max_age', 'login_hint', 'ui_locales'];

/** The product name the UI shows, found the same way as lib/brand.ts: BRAND_NAME, BRAND_THEME. */
function brandName() {
  if (process.env.BRAND_NAME?.trim()) return process.env.BRAND_NAME.trim();
  const file = process.env.BRAND_THEME?.trim();
  if (file) {
    try {
      const name = JSON.parse(readFileSync(path.resolve(root, file), 'utf8')).name;
      if (typeof name === 'string' && name.trim()) return name.trim();
    } catch (err) {
      console.error(`[example-app] BRAND_THEME=${file} could not be read: ${err.message}`);
    }
  }
  return 'Account';
}
const BRAND = brandName();

// Hydra may be down (the outage test stops it) or not up yet: discover lazily, and again after
// a failure.
let configPromise;
function config() {
  configPromise ??= oidc
    .discovery(issuer, clientId, undefined, oidc.None(), {
      // The local Hydra's issuer is http; openid-client refuses that unless told otherwise.
      execute: [oidc.allowInsecureRequests],
      timeout: 30,
    })
    .catch((err) => {
      configPromise = undefined;
      throw err;
    });
  return configPromise;
}

/** Signed-in sessions by cookie value: { claims, idToken, refreshToken, scope }. */
const sessions = new Map();
/** Authorization requests in progress by cookie value: { state, nonce, verifier, expires }. */
const flows = new Map();

const escape = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

function cookies(req) {
  const out = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

const setCookie = (name, value, maxAge) =>
  `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}`;
const clearCookie = (name) => setCookie(name, '', 0);

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // No form-action: "Sign out" posts here, and the redirects after it lead to Hydra and the UI.
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'",
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

function redirect(res, location, headers = {}) {
  send(res, 303, '', { location, ...headers });
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a}
header{display:flex;align-items:center;gap:.75rem}header img{width:2.5rem;height:2.5rem}
.button{display:inline-block;padding:.6rem 1.1rem;border:0;border-radius:.4rem;background:#0f766e;color:#fff;font:inherit;text-decoration:none;cursor:pointer}
.button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #cbd5e1;vertical-align:top}
td{font-family:ui-monospace,monospace;word-break:break-all}caption{text-align:left;font-weight:600}
.error{border-left:4px solid #b91c1c;padding:.25rem 1rem}footer{margin-top:3rem;font-size:.9rem}`;

function page(title, body) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)} · Example app</title><link rel="icon" href="/logo.svg">
<style>${STYLE}</style></head><body>
<header><img src="/logo.svg" alt=""><p><strong>Example app</strong></p></header>
<main>${body}</main>
<footer><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
</body></html>`;
}

const html = (res, status, title, body, headers) =>
  send(res, status, page(title, body), { 'content-type': 'text/html; charset=utf-8', ...headers });

function errorPage(res, status, title, message, details = []) {
  const rows = details
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${escape(k)}</dt><dd><code>${escape(v)}</code></dd>`)
    .join('');
  html(
    res,
    status,
    title,
    `<h1>${escape(title)}</h1><div class="error" role="alert"><p>${escape(message)}</p>${
      rows ? `<dl>${rows}</dl>` : ''
    }</div><p><a href="/">Back to the Example app</a></p>`,
  );
}

function unavailable(res, err) {
  console.error(`[example-app] ${err?.message ?? err}`);
  errorPage(
    res,
    503,
    'Sign-in is unavailable',
    'The sign-in service cannot be reached right now. Try again in a moment.',
  );
}

const CLAIMS_FIRST = ['sub', 'amr', 'email', 'email_verified', 'name'];

function claimsTable(claims) {
  const keys = [
    ...CLAIMS_FIRST.filter((k) => k in claims),
    ...Object.keys(claims)
      .filter((k) => !CLAIMS_FIRST.includes(k))
      .sort(),
  ];
  const rows = keys
    .map((k) => {
      const v = claims[k];
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      return `<tr><th scope="row">${escape(k)}</th><td data-claim="${escape(k)}">${escape(text)}</td></tr>`;
    })
    .join('');
  return `<table><caption>ID token claims</caption><thead><tr><th scope="col">Claim</th><th scope="col">Value</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function home(res, session) {
  if (!session) {
    html(
      res,
      200,
      'Signed out',
      `<h1>Welcome to the Example app</h1>
<p>You are not signed in.</p>
<p><a class="button" href="/login">Sign in with ${escape(BRAND)}</a></p>`,
    );
    return;
  }
  const who = session.claims.email ?? session.claims.name ?? session.claims.sub;
  html(
    res,
    200,
    'Signed in',
    `<h1>Signed in</h1>
<p>You are signed in as <strong data-testid="signed-in-as">${escape(who)}</strong>.</p>
${claimsTable(session.claims)}
<p>Refresh token: <strong data-testid="refresh-token">${session.refreshToken ? 'yes' : 'no'}</strong></p>
<p>Granted scope: <code data-testid="scope">${escape(session.scope ?? '')}</code></p>
<form method="post" action="/logout"><button class="button" type="submit">Sign out</button></form>`,
  );
}

async function login(req, res, url) {
  let cfg;
  try {
    cfg = await config();
  } catch (err) {
    unavailable(res, err);
    return;
  }
  const verifier = oidc.randomPKCECodeVerifier();
  const flow = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier,
    expires: Date.now() + FLOW_TTL_MS,
  };
  const params = {
    redirect_uri: `${appUrl}/callback`,
    scope: SCOPE,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  };
  for (const key of PASS_THROUGH) {
    const value = url.searchParams.get(key);
    if (value !== null) params[key] = value;
  }
  const id = randomBytes(24).toString('base64url');
  flows.set(id, flow);
  redirect(res, oidc.buildAuthorizationUrl(cfg, params).href, {
    'set-cookie': setCookie(FLOW_COOKIE, id, FLOW_TTL_MS / 1000),
  });
}

async function callback(req, res, url) {
  const flowId = cookies(req)[FLOW_COOKIE];
  const flow = flowId ? flows.get(flowId) : undefined;
  if (flowId) flows.delete(flowId);
  /** @type {Record<string, string | string[]>} */
  const headers = { 'set-cookie': clearCookie(FLOW_COOKIE) };
  const error = url.searchParams.get('error');
  if (error) {
    const details = [
      ['Error', error],
      ['Description', url.searchParams.get('error_description')],
    ];
    if (error === 'access_denied') {
      errorPage(
        res,
        403,
        'Access was denied',
        'You did not allow the Example app access.',
        details,
      );
    } else {
      errorPage(res, 400, 'Sign-in failed', 'The sign-in could not be completed.', details);
    }
    return;
  }
  if (!flow || flow.expires < Date.now()) {
    errorPage(res, 400, 'Sign-in failed', 'This sign-in expired or was not started here.', [
      ['Error', 'unknown_or_expired_flow'],
    ]);
    return;
  }
  let cfg;
  try {
    cfg = await config();
  } catch (err) {
    unavailable(res, err);
    return;
  }
  try {
    const tokens = await oidc.authorizationCodeGrant(cfg, url, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const sid = randomBytes(24).toString('base64url');
    sessions.set(sid, {
      claims: tokens.claims() ?? {},
      idToken: tokens.id_token,
      refreshToken: tokens.refresh_token,
      scope: tokens.scope,
    });
    headers['set-cookie'] = [clearCookie(FLOW_COOKIE), setCookie(SESSION_COOKIE, sid, 8 * 3600)];
    redirect(res, '/', headers);
  } catch (err) {
    // openid-client wraps the cause (a network error, a failed check) in a generic error.
    /** @type {any[]} */
    const causes = [];
    /** @type {any[]} */
    const chain = [];
    for (let e = err; e instanceof Error && chain.length < 5; e = e.cause) chain.push(e);
    causes.push(...chain);
    console.error(`[example-app] code exchange failed: ${causes.map((e) => e.message).join(': ')}`);
    if (causes.some((e) => e.code === 'ECONNREFUSED' || e.name === 'TimeoutError')) {
      unavailable(res, err);
      return;
    }
    const detail = causes.find((e) => e.error) ?? causes.at(-1);
    errorPage(res, 400, 'Sign-in failed', 'The sign-in could not be completed.', [
      ['Error', detail?.error ?? detail?.code ?? 'error'],
      ['Description', detail?.error_description ?? detail?.message],
    ]);
  }
}

async function logout(req, res, sid) {
  const session = sid ? sessions.get(sid) : undefined;
  if (sid) sessions.delete(sid);
  const headers = { 'set-cookie': clearCookie(SESSION_COOKIE) };
  if (!session?.idToken) {
    redirect(res, '/', headers);
    return;
  }
  let cfg;
  try {
    cfg = await config();
  } catch (err) {
    // Signed out here; Hydra's session stays until it is back.
    console.error(`[example-app] ${err?.message ?? err}`);
    redirect(res, '/', headers);
    return;
  }
  const endSession = oidc.buildEndSessionUrl(cfg, {
    id_token_hint: session.idToken,
    post_logout_redirect_uri: `${appUrl}/`,
    state: oidc.randomState(),
  });
  redirect(res, endSession.href, headers);
}

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
<rect width="64" height="64" rx="14" fill="#0f766e"/>
<path d="M20 44V20h24v6H27v3.5h14v6H27V38h17v6z" fill="#fff"/></svg>`;

function legal(res, title, text) {
  html(res, 200, title, `<h1>${escape(title)}</h1><p>${escape(text)}</p>`);
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', appUrl);
    const sid = cookies(req)[SESSION_COOKIE];
    const session = sid ? sessions.get(sid) : undefined;
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case 'GET /':
      case 'HEAD /':
        return home(res, session);
      case 'GET /login':
        return await login(req, res, url);
      case 'GET /callback':
        return await callback(req, res, url);
      case 'GET /logout':
      case 'POST /logout':
        return await logout(req, res, sid);
      case 'GET /session.json':
        return send(
          res,
          200,
          JSON.stringify({
            signedIn: Boolean(session),
            claims: session?.claims ?? null,
            hasRefreshToken: Boolean(session?.refreshToken),
            scope: session?.scope ?? null,
          }),
          { 'content-type': 'application/json' },
        );
      case 'GET /logo.svg':
        return send(res, 200, LOGO, {
          'content-type': 'image/svg+xml',
          'cache-control': 'max-age=3600',
        });
      case 'GET /privacy':
        return legal(
          res,
          'Privacy policy',
          'The Example app keeps your sign-in in memory only, until it restarts.',
        );
      case 'GET /terms':
        return legal(
          res,
          'Terms of service',
          'The Example app is a development tool. Use it as you like.',
        );
      default:
        return errorPage(res, 404, 'Not found', 'There is no such page in the Example app.');
    }
  } catch (err) {
    console.error(`[example-app] ${err?.stack ?? err}`);
    if (!res.headersSent) errorPage(res, 500, 'Something went wrong', 'Please try again.');
    else res.end();
  }
});

// Forget unfinished authorization requests.
setInterval(() => {
  const now = Date.now();
  for (const [id, flow] of flows) if (flow.expires < now) flows.delete(id);
}, 60_000).unref();

server.listen(port, '127.0.0.1', () => {
  console.log(`[example-app] ${appUrl} (client ${clientId}, issuer ${issuer.href})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
