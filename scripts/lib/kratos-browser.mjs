// @ts-check
// Helpers for the capture scripts: a browser-like client for Kratos's JSON API (a cookie jar),
// a writer for test/fixtures/kratos, and the mail inbox. Used only against a real Kratos.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { root } from './stack.mjs';

export const PUBLIC = process.env.KRATOS_PUBLIC_URL || 'http://127.0.0.1:4433';
export const ADMIN = process.env.KRATOS_ADMIN_URL || 'http://127.0.0.1:4434';
export const MAIL = process.env.MAIL_API_URL || 'http://127.0.0.1:1080';
export const SMS = process.env.SMS_API_URL || 'http://127.0.0.1:4588';
export const PASSWORD = 'Sturdy-Passphrase-4821';
const out = path.join(root, 'test/fixtures/kratos');

/**
 * The one client of the capture scripts (scripts/capture.mjs): a minimal cookie jar speaking
 * JSON to Kratos's browser endpoints, with fixed request headers if wanted (a user agent, the
 * UI proxy's X-Forwarded-For) and another Kratos than the stack's (`publicUrl`).
 */
export class Browser {
  cookies = new Map();
  /** @param {{ headers?: Record<string, string>, publicUrl?: string }} [options] */
  constructor({ headers = {}, publicUrl = PUBLIC } = {}) {
    this.headers = headers;
    this.publicUrl = publicUrl;
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  store(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }
  /**
   * One request; the answer as the fixtures keep it: its status, the paging headers Kratos
   * sends on lists (Link, X-Total-Count) when there are any, and its JSON body.
   */
  async request(
    url,
    {
      method = 'GET',
      body,
      headers = {},
    } = /** @type {{ method?: string, body?: unknown, headers?: Record<string, string> }} */ ({}),
  ) {
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        accept: 'application/json',
        cookie: this.header(),
        ...this.headers,
        ...headers,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    this.store(res);
    const text = await res.text();
    /** @type {Record<string, string>} */
    const kept = {};
    for (const name of ['link', 'x-total-count']) {
      const value = res.headers.get(name);
      if (value !== null) kept[name] = value;
    }
    return {
      status: res.status,
      ...(Object.keys(kept).length ? { headers: kept } : {}),
      body: text ? JSON.parse(text) : null,
    };
  }
  /** POSTs to a flow's own action with its CSRF token. */
  post(flow, body) {
    return this.request(
      flow.ui.action.replace(/^.*\/self-service\//, `${this.publicUrl}/self-service/`),
      { method: 'POST', body: { csrf_token: csrf(flow), ...body } },
    );
  }
}

/** Writes one captured answer to test/fixtures/kratos/<name>.json. */
export function save(name, captured) {
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify(captured, null, 2)}\n`);
  console.log(`captured ${name} (HTTP ${captured.status})`);
}

export const csrf = (flow) =>
  flow.ui.nodes.find((n) => n.attributes.name === 'csrf_token')?.attributes.value;

/** Kratos's mail to an address, oldest first (the UI's security notifications left out). */
async function mails(email) {
  return (await (await fetch(`${MAIL}/api/email`)).json()).filter(
    (m) => m.to.some((t) => t.address === email) && !m.headers?.['x-account-notification'],
  );
}

export async function mailCount(email) {
  return (await mails(email)).length;
}

export async function newestCode(email, after) {
  for (let i = 0; i < 80; i++) {
    const list = await mails(email);
    if (list.length > after) return /(^|\s)(\d{6})(\s|$)/m.exec(list.at(-1).text)[2];
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('no mail');
}

async function texts(phone) {
  return (await fetch(`${SMS}/api/messages?${new URLSearchParams({ to: phone })}`)).json();
}

export async function smsCount(phone) {
  return (await texts(phone)).length;
}

/** The code in the newest text message to `phone` once there are more than `after`. */
export async function newestSmsCode(phone, after) {
  for (let i = 0; i < 80; i++) {
    const list = await texts(phone);
    if (list.length > after) return /(\d{6})/.exec(list[0].body)[1];
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no text message to ${phone}`);
}

export const uniqueEmail = (prefix = 'capture') =>
  `${prefix}-${Date.now()}-${Math.random().toString(16).slice(2, 8)}@example.org`;

/**
 * An identity with a password through the admin API (its email verified unless told
 * otherwise): its email and id.
 */
export async function createIdentity({ email = uniqueEmail(), verified = true } = {}) {
  const res = await fetch(`${ADMIN}/admin/identities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      schema_id: 'default',
      traits: { email },
      credentials: { password: { config: { password: PASSWORD } } },
      ...(verified
        ? {
            verifiable_addresses: [
              { value: email, via: 'email', verified: true, status: 'completed' },
            ],
          }
        : {}),
    }),
  });
  if (!res.ok) throw new Error(`identity: ${res.status} ${await res.text()}`);
  return { email, id: /** @type {{ id: string }} */ (await res.json()).id };
}

/** An identity with a password (and a verified email): its email. */
export async function identity(email = uniqueEmail()) {
  return (await createIdentity({ email })).email;
}

/** RFC 6238 with Kratos's parameters (SHA-1, 6 digits, 30 s). */
export function totpCode(secret, time = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/[\s=]+/g, '').toUpperCase())
    bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 30_000)));
  const mac = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
