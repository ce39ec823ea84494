// @ts-check
// A complete sign-in through Ory's Express UI over HTTP (password, then the emailed code), the
// way its pages lead a browser: each page from the Express UI, each form posted to Kratos.
// Kratos's flows point at our UI (its ui_url and the /kratos proxy in ui.action), so the client
// reads those addresses as the peer's pages and Kratos's own public URL.
import { urls } from './common.mjs';
import { Client, mailTo, waitForCode } from './kratos.mjs';

const decode = (s) =>
  s
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : undefined;
};

/** Every form on a page: its action, its inputs (name → value) and its submit buttons. */
export function forms(html) {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, open, body]) => ({
    action: attr(open, 'action'),
    inputs: [...body.matchAll(/<input\b[^>]*>/g)].map(([tag]) => ({
      name: attr(tag, 'name'),
      type: attr(tag, 'type'),
      value: attr(tag, 'value') ?? '',
    })),
    buttons: [...body.matchAll(/<button\b[^>]*>/g)].map(([tag]) => ({
      name: attr(tag, 'name'),
      value: attr(tag, 'value') ?? '',
    })),
  }));
}

/** The Express UI's own address for a URL Kratos gave (our UI's origin, /kratos → Kratos). */
function rewrite(url, peerUrl) {
  const u = new URL(url, peerUrl);
  const ours = new URL(urls.ui);
  if (u.origin !== ours.origin) return u.href;
  if (u.pathname.startsWith('/kratos/'))
    return `${urls.kratosPublic}${u.pathname.slice(7)}${u.search}`;
  return `${peerUrl}${u.pathname}${u.search}`;
}

async function follow(client, url, peerUrl) {
  let r = await client.req(url);
  for (let i = 0; i < 10 && r.location && r.status >= 300 && r.status < 400; i++) {
    r = await client.req(rewrite(r.location, peerUrl));
  }
  if (r.status !== 200) throw new Error(`peer: ${url} ended on HTTP ${r.status}`);
  return r.body;
}

async function post(client, form, fields, peerUrl) {
  const body = {};
  for (const i of form.inputs) if (i.type === 'hidden' && i.name) body[i.name] = i.value;
  Object.assign(body, fields);
  const r = await client.req(rewrite(form.action, peerUrl), { method: 'POST', form: body });
  if (!r.location) throw new Error(`peer: posting to ${form.action} answered HTTP ${r.status}`);
  return follow(client, rewrite(r.location, peerUrl), peerUrl);
}

/** Signs `user` in through the Express UI at `peerUrl`; resolves with the time spent waiting for the mail. */
export async function signInPeerHttp(peerUrl, user) {
  const client = new Client();
  const login = await follow(client, `${peerUrl}/login`, peerUrl);
  const passwordForm = forms(login).find((f) => f.inputs.some((i) => i.name === 'password'));
  if (!passwordForm) throw new Error('peer: no password form on /login');
  const choose = await post(
    client,
    passwordForm,
    { identifier: user.email, password: user.password, method: 'password' },
    peerUrl,
  );
  const addressForm = forms(choose).find((f) => f.buttons.some((b) => b.name === 'address'));
  if (!addressForm) throw new Error('peer: no "send code" button after the password');
  const address = addressForm.buttons.find((b) => b.name === 'address').value;
  const before = (await mailTo(user.email)).length;
  const enter = await post(client, addressForm, { address }, peerUrl);
  const codeForm = forms(enter).find((f) => f.inputs.some((i) => i.name === 'code'));
  if (!codeForm) throw new Error('peer: no code field after sending the code');
  const t0 = performance.now();
  const { code } = await waitForCode(user.email, { after: before });
  const mailWaitMs = performance.now() - t0;
  await post(client, codeForm, { code, method: 'code' }, peerUrl);
  const whoami = await fetch(`${urls.kratosPublic}/sessions/whoami`, {
    headers: { cookie: client.cookieHeader() },
  });
  const session = whoami.ok ? await whoami.json() : undefined;
  if (session?.authenticator_assurance_level !== 'aal2') {
    throw new Error(
      `peer: after the code, whoami answered ${whoami.status} without an aal2 session`,
    );
  }
  return { mailWaitMs };
}
