// Guards every request where it arrives, before Next.js reads it: refuses TRACE-like methods,
// and decides which forwarded headers to believe. A browser can send X-Forwarded-For, -Proto and
// -Host itself; only reverse proxies that the operator configured (TRUSTED_PROXY_HOPS) may.
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import proxyaddr from 'proxy-addr';

const UNTRUSTED_WITHOUT_PROXY = [
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'forwarded',
  'x-real-ip',
];

/**
 * Rewrites an incoming request's forwarded headers before anything reads them:
 * X-Forwarded-For becomes the one client address that `hops` trusted proxies vouch for (with 0,
 * the address the server saw), and with no trusted proxy the client's own X-Forwarded-Proto,
 * -Host and -Port are dropped (Next.js then fills them in from the socket).
 */
export function sanitizeForwardedHeaders(req: IncomingMessage, hops: number): void {
  const address = proxyaddr(req, (_addr, i) => i < hops).replace(/^::ffff:(?=\d+\.)/, '');
  req.headers['x-forwarded-for'] = address;
  if (hops === 0) {
    for (const name of UNTRUSTED_WITHOUT_PROXY) delete req.headers[name];
    return;
  }
  const proto = req.headers['x-forwarded-proto'];
  if (typeof proto === 'string') {
    // The proxy nearest the client says how the client connected.
    const first = proto.split(',')[0]?.trim().toLowerCase();
    if (first === 'https' || first === 'http') req.headers['x-forwarded-proto'] = first;
    else delete req.headers['x-forwarded-proto'];
  }
}

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

// TRACE echoes requests back (cross-site tracing) and CONNECT is for proxies. Next.js cannot
// even build a Request for them (it answers 500 and logs a stack trace), so they are refused
// before it sees them.
const REFUSED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

function refuse(res: ServerResponse): void {
  res.writeHead(405, {
    allow: 'GET, HEAD, POST',
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  });
  res.end('Method not allowed');
}

/**
 * Next.js keeps a client-sent X-Forwarded-For and never shows route handlers the socket's
 * address, so the forwarded headers are made trustworthy where each request arrives: the
 * HTTP server's 'request' event. Installed once, at server start (instrumentation.ts).
 */
export function installRequestGuard(hops: number): void {
  const emit = Server.prototype.emit as Emit;
  Server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as IncomingMessage;
      if (REFUSED_METHODS.has(req.method ?? '')) {
        refuse(args[1] as ServerResponse);
        return true;
      }
      sanitizeForwardedHeaders(req, hops);
    }
    return emit.call(this, event, ...args);
  } as typeof Server.prototype.emit;
}
