import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

const base = {
  nonce: 'abc',
  https: false,
  dev: false,
  frameAncestors: "'none'",
  formActionExtra: '',
};

describe('securityHeaders', () => {
  it('uses a nonce and never unsafe-inline for scripts', () => {
    const csp = securityHeaders(base)['Content-Security-Policy'] ?? '';
    const script = csp.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(script).toContain("'nonce-abc'");
    expect(script).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
  });
  it('adds HSTS and upgrade-insecure-requests only over https', () => {
    expect(securityHeaders(base)['Strict-Transport-Security']).toBeUndefined();
    const h = securityHeaders({ ...base, https: true });
    expect(h['Strict-Transport-Security']).toMatch(/max-age=/);
    expect(h['Content-Security-Policy']).toContain('upgrade-insecure-requests');
  });
  it('lets teams that embed configure frame-ancestors', () => {
    const h = securityHeaders({ ...base, frameAncestors: 'https://app.example.com' });
    expect(h['Content-Security-Policy']).toContain('frame-ancestors https://app.example.com');
    expect(h['X-Frame-Options']).toBeUndefined();
  });
});
