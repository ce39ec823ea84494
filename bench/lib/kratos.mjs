// @ts-check
// Test identities (Kratos admin API), codes (MailDev API) and a cookie-jar HTTP client that
// walks the UI like a browser without JavaScript: pages, /start, the /kratos proxy.
import { randomUUID } from 'node:crypto';
import { sleep, urls } from './common.mjs';

export const PASSWORD = 'Bench-Passphrase-5309';

export const uniqueEmail = (prefix = 'bench') =>
  `${prefix}-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}@example.org`;

/** Creates an identity with a password (and a verified address) through the admin API. */
export async function createIdentity(email = uniqueEmail(), password = PASSWORD) {
  const res = await fetch(`${urls.kratosAdmin}/admin/identities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      schema_id: 'default',
      traits: { email },
      credentials: { password: { config: { password } } },
      verifiable_addresses: [{ value: email, via: 'email', verified: true, status: 'completed' }],
    }),
  });
  if (!res.ok) throw new Error(`create identity: HTTP ${res.status} ${await res.text()}`);
  const { id } = await res.json();
  return { id, email, password };
}

export async function deleteIdentity(id) {
  await fetch(`${urls.kratosAdmin}/admin/identities/${id}`, { method: 'DELETE' }).catch(() => {});
}

/** Mail to one address (MailDev filters on the server), in arrival order. */
export async function mailTo(address) {
  const res = await fetch(`${urls.mail}/api/email?to.address=${encodeURIComponent(address)}`);
  if (!res.ok) throw new Error(`mail API: HTTP ${res.status}`);
  return res.json();
}

const CODE = /(^|\s)(\d{6})(\s|$)/m;

/**
 * Polls MailDev until a mail beyond the first `after` ones arrives, and returns its code and
 * how long the wait took. `intervalMs` bounds how much the polling itself adds to the wait.
 */
export async function waitForCode(
  address,
  { after = 0, timeoutMs = 30_000, intervalMs = 25 } = {},
) {
  const started = performance.now();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = await mailTo(address);
    if (mails.length > after) {
      const match = CODE.exec(mails[mails.length - 1].text ?? '');
      if (!match) throw new Error(`no code in mail "${mails[mails.length - 1].subject}"`);
      return { code: match[2], waitMs: performance.now() - started };
    }
    await sleep(intervalMs);
  }
  throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
}

const unescape = (s) =>
  s
    .replaceAll('&amp;', '&')
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');

/** The value of the first input called `name` in server-rendered HTML. */
export const field = (html, name) => {
  const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  return m ? unescape(m[1]) : undefined;
};
/** The first form posting to the /kratos proxy. */
export const formAction = (html) => {
  const m = /<form[^>]*action="(\/kratos\/[^"]+)"/.exec(html);
  return m ? unescape(m[1]) : undefined;
};
export const hiddenInputs = (html) =>
  [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [
    m[1],
    unescape(m[2]),
  ]);
/** The 2FA screen's step: "choose" (send a code) or "enter-code". */
export const secondFactorStep = (html) => /data-step="([^"]+)"/.exec(html)?.[1];

/** A client with a cookie jar; redirects are returned, not followed. */
export class Client {
  jar = new Map();

  /**
   * `forwardedFor`: the address this client presents in X-Forwarded-For, as a client behind a
   * load balancer does. The UI believes it only with TRUSTED_PROXY_HOPS=1 (the limits key on it).
   */
  constructor({ forwardedFor } = /** @type {{ forwardedFor?: string }} */ ({})) {
    this.forwardedFor = forwardedFor;
  }

  cookieHeader() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** The jar as Playwright cookies for `url`'s host. */
  cookiesFor(url) {
    const { hostname } = new URL(url);
    return [...this.jar].map(([name, value]) => ({ name, value, domain: hostname, path: '/' }));
  }

  async req(
    pathOrUrl,
    {
      method = 'GET',
      form,
      accept = 'text/html',
    } = /** @type {{ method?: string, form?: any, accept?: string }} */ ({}),
  ) {
    const res = await fetch(new URL(pathOrUrl, urls.ui), {
      method,
      redirect: 'manual',
      headers: {
        accept,
        cookie: this.cookieHeader(),
        ...(this.forwardedFor ? { 'x-forwarded-for': this.forwardedFor } : {}),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.jar.delete(pair.slice(0, i));
      else this.jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return { status: res.status, location: res.headers.get('location'), body: await res.text() };
  }

  /** Follows redirects (up to 10) and returns the final page and its path. */
  async follow(pathOrUrl) {
    let r = await this.req(pathOrUrl);
    let at = pathOrUrl;
    for (let i = 0; i < 10 && r.location && r.status >= 300 && r.status < 400; i++) {
      at = r.location;
      r = await this.req(at);
    }
    return { ...r, at: new URL(at, urls.ui).pathname + new URL(at, urls.ui).search };
  }
}

function expectRedirect(r, what) {
  if (![302, 303, 307].includes(r.status)) throw new Error(`${what}: HTTP ${r.status}`);
  return r.location;
}

/** Starts a login flow through the UI (GET /start/login) and returns its id and the page path. */
export async function startLoginFlow(client = new Client()) {
  const to = expectRedirect(await client.req('/start/login'), 'start login');
  const id = new URL(to, urls.ui).searchParams.get('flow');
  if (!id) throw new Error(`/start/login redirected to ${to}, without a flow id`);
  return { client, id, path: new URL(to, urls.ui).pathname + new URL(to, urls.ui).search };
}

/**
 * Signs `user` in with the password over HTTP; returns the 2FA screen (choose step):
 * `{ client, path, html }`. With `sendCode: true`, also presses "Send code" and returns the
 * enter-code step; with `enterCode: true`, also enters the code (aal2 session).
 */
export async function signInHttp(
  user,
  {
    sendCode = false,
    enterCode = false,
  } = /** @type {{ sendCode?: boolean, enterCode?: boolean, timed?: boolean }} */ ({}),
) {
  const { client, path: loginPath } = await startLoginFlow();
  const login = await client.req(loginPath);
  const aal2 = expectRedirect(
    await client.req(formAction(login.body), {
      method: 'POST',
      form: {
        csrf_token: field(login.body, 'csrf_token'),
        identifier: user.email,
        password: user.password,
        method: 'password',
      },
    }),
    'password',
  );
  const choose = await client.follow(aal2);
  if (secondFactorStep(choose.body) !== 'choose')
    throw new Error(`after the password: ${choose.at} is not the 2FA choose step`);
  const result = { client, choosePath: choose.at, path: choose.at, html: choose.body };
  if (!sendCode && !enterCode) return result;

  const before = (await mailTo(user.email)).length;
  const sent = expectRedirect(
    await client.req(formAction(choose.body), {
      method: 'POST',
      form: { csrf_token: field(choose.body, 'csrf_token'), address: user.email },
    }),
    'send code',
  );
  const enter = await client.follow(sent);
  if (secondFactorStep(enter.body) !== 'enter-code')
    throw new Error(`after sending the code: ${enter.at} is not the enter-code step`);
  Object.assign(result, { enterPath: enter.at, path: enter.at, html: enter.body });
  if (!enterCode) return result;

  const waited = performance.now();
  const { code } = await waitForCode(user.email, { after: before });
  result.mailWaitMs = performance.now() - waited;
  const form = new URLSearchParams(hiddenInputs(enter.body));
  form.set('code', code);
  form.set('method', 'code');
  const done = expectRedirect(
    await client.req(formAction(enter.body), { method: 'POST', form: Object.fromEntries(form) }),
    'enter code',
  );
  if (new URL(done, urls.ui).pathname !== '/') throw new Error(`after the code: landed on ${done}`);
  return { ...result, path: '/' };
}
