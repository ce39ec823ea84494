#!/usr/bin/env node
// @ts-check
// A local SMS gateway for the demo and the e2e suite, the way MailDev serves mail: Kratos's
// courier posts each text message to it through its `http` channel (courier.channels, id `sms`,
// body from kratos/sms-request.jsonnet), and it keeps them in memory. It never sends anything.
//
//   POST   /messages          a message from Kratos: {"to", "body", "template_type", ...}
//   GET    /                  the messages as a page, newest first (refreshes itself)
//   GET    /api/messages      the messages as JSON, newest first; ?to=+15551234567 filters
//   DELETE /api/messages      forgets every message
//   GET    /health            200 when up
//
// SMS_GATEWAY_PORT (default 4588) and SMS_GATEWAY_HOST (default 127.0.0.1) say where it
// listens. When SMS_GATEWAY_TOKEN is set, POST /messages needs `Authorization: Bearer <token>`
// (the channel's auth header, see docs/sms.md); the local stack sets a random one.
import http from 'node:http';
import { timingSafeEqual } from 'node:crypto';

const port = Number(process.env.SMS_GATEWAY_PORT || 4588);
const host = process.env.SMS_GATEWAY_HOST || '127.0.0.1';
const token = process.env.SMS_GATEWAY_TOKEN || '';
const MAX_MESSAGES = 1000;
const MAX_BODY_BYTES = 64 * 1024;

/** @type {{id: number, to: string, body: string, templateType: string, receivedAt: string}[]} */
const messages = [];
let nextId = 1;

const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

function authorized(req) {
  if (!token) return true;
  const given = Buffer.from(String(req.headers.authorization ?? ''));
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function page() {
  const rows = messages
    .slice()
    .reverse()
    .map(
      (m) => `<tr><td>${escapeHtml(m.receivedAt)}</td><td>${escapeHtml(m.to)}</td>
<td>${escapeHtml(m.templateType)}</td><td><pre>${escapeHtml(m.body)}</pre></td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="5"><title>SMS gateway (local)</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:start;vertical-align:top}
pre{margin:0;white-space:pre-wrap;font:inherit}</style></head><body>
<h1>Text messages</h1><p>Every message Kratos's courier sent through the <code>sms</code> channel,
newest first. Nothing leaves this machine. JSON: <a href="/api/messages">/api/messages</a>.</p>
${messages.length ? `<table><thead><tr><th>Received</th><th>To</th><th>Template</th><th>Message</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No messages yet.</p>'}
</body></html>`;
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://gateway');
  try {
    if (req.method === 'POST' && url.pathname === '/messages') {
      if (!authorized(req)) return send(res, 401, 'text/plain', 'unauthorized\n');
      const m = await readJson(req);
      if (typeof m?.to !== 'string' || typeof m?.body !== 'string') {
        return send(res, 400, 'text/plain', 'expected {"to": string, "body": string}\n');
      }
      const message = {
        id: nextId++,
        to: m.to,
        body: m.body,
        templateType: typeof m.template_type === 'string' ? m.template_type : '',
        receivedAt: new Date().toISOString(),
      };
      messages.push(message);
      if (messages.length > MAX_MESSAGES) messages.shift();
      console.log(`[sms-gateway] ${message.templateType || 'message'} to ${message.to}`);
      return send(res, 201, 'application/json', JSON.stringify({ id: message.id }));
    }
    if (req.method === 'GET' && url.pathname === '/api/messages') {
      const to = url.searchParams.get('to');
      const list = messages.filter((m) => !to || m.to === to).reverse();
      return send(res, 200, 'application/json', JSON.stringify(list));
    }
    if (req.method === 'DELETE' && url.pathname === '/api/messages') {
      messages.length = 0;
      return send(res, 204, 'text/plain', '');
    }
    if (req.method === 'GET' && url.pathname === '/health')
      return send(res, 200, 'text/plain', 'ok\n');
    if (req.method === 'GET' && url.pathname === '/')
      return send(res, 200, 'text/html; charset=utf-8', page());
    return send(res, 404, 'text/plain', 'not found\n');
  } catch (err) {
    return send(
      res,
      400,
      'text/plain',
      `bad request: ${err instanceof Error ? err.message : err}\n`,
    );
  }
});

server.listen(port, host, () => console.log(`[sms-gateway] listening on http://${host}:${port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
