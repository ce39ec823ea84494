#!/usr/bin/env node
// @ts-check
// Captures Kratos's session JSON for the Devices page's unit tests (test/fixtures/kratos/
// sessions-*.json): whoami with its devices, GET /sessions page by page (with the Link and
// X-Total-Count headers), and what DELETE /sessions/{id} and DELETE /sessions answer, including
// for another identity's session. Run against a running stack (`npm run stack`), e.g.
//   KRATOS_PUBLIC_URL=http://127.0.0.1:4433 KRATOS_ADMIN_URL=http://127.0.0.1:4434 \
//   MAIL_API_URL=http://127.0.0.1:1080 node scripts/capture-sessions-fixtures.mjs
// Unit tests use only JSON written by this script, never hand-written sessions.
import {
  ADMIN,
  Browser as Client,
  createIdentity,
  csrf,
  mailCount,
  newestCode,
  PASSWORD,
  PUBLIC,
  save,
} from './lib/kratos-browser.mjs';

// Real browsers' user agents, so the fixtures exercise the parser as real devices would.
const USER_AGENTS = {
  chromeLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  firefoxWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  curl: 'curl/8.5.0',
};

/** The shared client with fixed request headers (user agent, the UI proxy's X-Forwarded-For). */
class Browser extends Client {
  /** @param {Record<string, string>} [headers] */
  constructor(headers = {}) {
    super({ headers });
  }
}

/** An identity whose email is not verified yet: its email and id. */
const identity = () => createIdentity({ verified: false });

/** A browser sign-in: password, then the emailed code (aal2). */
async function signInFully(b, email) {
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
  const before = await mailCount(email);
  const sent = await b.request(`${PUBLIC}/self-service/login?flow=${aal2.body.id}`, {
    method: 'POST',
    body: { csrf_token: csrf(aal2.body), address: email },
  });
  const code = await newestCode(email, before);
  const done = await b.request(`${PUBLIC}/self-service/login?flow=${aal2.body.id}`, {
    method: 'POST',
    body: { csrf_token: csrf(sent.body), method: 'code', identifier: email, code },
  });
  if (done.status !== 200) throw new Error(`aal2 sign-in: ${done.status}`);
}

/** A native app's sign-in (the API flow) with the password: an aal1 session and its token. */
async function apiSignIn(email, headers) {
  const b = new Browser(headers);
  const flow = await b.request(`${PUBLIC}/self-service/login/api`);
  const res = await b.request(`${PUBLIC}/self-service/login?flow=${flow.body.id}`, {
    method: 'POST',
    body: { method: 'password', identifier: email, password: PASSWORD },
  });
  if (res.status !== 200) throw new Error(`api sign-in: ${res.status}`);
  return res.body.session;
}

const me = await identity();
// The UI's /kratos proxy sends Kratos the client's address as X-Forwarded-For.
const a = new Browser({ 'user-agent': USER_AGENTS.chromeLinux, 'x-forwarded-for': '203.0.113.10' });
await signInFully(a, me.email);
const whoami = await a.request(`${PUBLIC}/sessions/whoami`);
save('sessions-whoami-aal2', whoami);

// Other devices of the same user, signed in as native apps do.
await apiSignIn(me.email, {
  'user-agent': USER_AGENTS.safariIphone,
  'x-forwarded-for': '198.51.100.23',
});
await apiSignIn(me.email, {
  'user-agent': USER_AGENTS.chromeAndroid,
  'x-forwarded-for': '2001:db8::7',
});
// Behind Cloudflare, Kratos records the address and the location that Cloudflare reports.
await apiSignIn(me.email, {
  'user-agent': USER_AGENTS.firefoxWindows,
  'cf-connecting-ip': '192.0.2.44',
  'cf-ipcity': 'Berlin',
  'cf-ipcountry': 'DE',
});
await apiSignIn(me.email, {
  'user-agent': USER_AGENTS.safariMac,
  'x-forwarded-for': '203.0.113.99',
});
await apiSignIn(me.email, {
  'user-agent': USER_AGENTS.edgeWindows,
  'x-forwarded-for': '203.0.113.5',
});
// Straight to Kratos, no proxy header: Kratos records the socket's address with its port.
await apiSignIn(me.email, { 'user-agent': USER_AGENTS.curl });

save('sessions-list', await a.request(`${PUBLIC}/sessions`));
// Paging: 6 other sessions, 4 per page, following the Link header's page_token.
const first = await a.request(`${PUBLIC}/sessions?page_size=4`);
save('sessions-list-page-1', first);
const next = /<([^>]*)>;\s*rel="next"/.exec(first.headers?.link ?? '')?.[1];
const token = next && new URL(next, PUBLIC).searchParams.get('page_token');
if (!token) throw new Error('no next page');
// Kratos v1.3.1 repeats the first page here (ory/kratos#3883), and links no further page.
save('sessions-list-page-2', await a.request(`${PUBLIC}/sessions?page_size=4&page_token=${token}`));
// The page numbers v1.3.1 does count right (from 1): the second page by number.
save('sessions-list-page-number-2', await a.request(`${PUBLIC}/sessions?page=2&per_page=4`));

// A session of someone else: Kratos answers 204 to DELETE and changes nothing.
const other = await identity();
const theirs = await apiSignIn(other.email, { 'user-agent': USER_AGENTS.curl });
save(
  'sessions-revoke-foreign',
  await a.request(`${PUBLIC}/sessions/${theirs.id}`, { method: 'DELETE' }),
);
const stillActive = await (await fetch(`${ADMIN}/admin/sessions/${theirs.id}`)).json();
console.log(`  another identity's session still active after that DELETE: ${stillActive.active}`);
save(
  'sessions-revoke-current',
  await a.request(`${PUBLIC}/sessions/${whoami.body.id}`, { method: 'DELETE' }),
);
const mine = (await a.request(`${PUBLIC}/sessions`)).body;
save(
  'sessions-revoke-own',
  await a.request(`${PUBLIC}/sessions/${mine[0].id}`, { method: 'DELETE' }),
);
save('sessions-revoke-others', await a.request(`${PUBLIC}/sessions`, { method: 'DELETE' }));
// No other session left: Kratos v1.3.1 still sends a rel="next" link.
save('sessions-list-empty', await a.request(`${PUBLIC}/sessions`));

// A browser that has only typed the password: whoami refuses (aal2 is owed), GET /sessions not.
const half = new Browser({ 'user-agent': USER_AGENTS.chromeLinux });
const login = await half.request(`${PUBLIC}/self-service/login/browser`);
await half.request(`${PUBLIC}/self-service/login?flow=${login.body.id}`, {
  method: 'POST',
  body: {
    method: 'password',
    identifier: me.email,
    password: PASSWORD,
    csrf_token: csrf(login.body),
  },
});
save('sessions-list-aal1', await half.request(`${PUBLIC}/sessions`));

for (const id of [me.id, other.id]) {
  await fetch(`${ADMIN}/admin/identities/${id}`, { method: 'DELETE' });
}
console.log('fixtures written to test/fixtures/kratos');
