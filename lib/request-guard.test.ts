import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { sanitizeForwardedHeaders } from './request-guard';

function request(remoteAddress: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress }, connection: { remoteAddress }, headers } as never;
}

describe('sanitizeForwardedHeaders', () => {
  it('with no trusted proxy, replaces a forged X-Forwarded-For by the socket address', () => {
    const req = request('::ffff:10.1.2.3', {
      'x-forwarded-for': '6.6.6.6, <script>alert(1)</script>',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'evil.example',
    });
    sanitizeForwardedHeaders(req, 0);
    expect(req.headers['x-forwarded-for']).toBe('10.1.2.3');
    expect(req.headers['x-forwarded-proto']).toBeUndefined();
    expect(req.headers['x-forwarded-host']).toBeUndefined();
  });

  it('sets the socket address when the client sent none', () => {
    const req = request('127.0.0.1', {});
    sanitizeForwardedHeaders(req, 0);
    expect(req.headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('with one trusted proxy, takes the address that proxy saw and ignores what the client said', () => {
    // client forged 6.6.6.6; the proxy appended the address it saw (203.0.113.9)
    const req = request('10.0.0.2', {
      'x-forwarded-for': '6.6.6.6, 203.0.113.9',
      'x-forwarded-proto': 'https',
    });
    sanitizeForwardedHeaders(req, 1);
    expect(req.headers['x-forwarded-for']).toBe('203.0.113.9');
    expect(req.headers['x-forwarded-proto']).toBe('https');
  });

  it('with two trusted proxies, walks two hops back', () => {
    const req = request('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.0.0.1' });
    sanitizeForwardedHeaders(req, 2);
    expect(req.headers['x-forwarded-for']).toBe('198.51.100.7');
  });

  it('drops a forwarded protocol that is neither http nor https', () => {
    const req = request('10.0.0.2', {
      'x-forwarded-for': '1.2.3.4',
      'x-forwarded-proto': 'gopher',
    });
    sanitizeForwardedHeaders(req, 1);
    expect(req.headers['x-forwarded-proto']).toBeUndefined();
  });
});
