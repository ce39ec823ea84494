import { describe, expect, it } from 'vitest';
import { cspSources, securityHeaders } from './security-headers';

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

describe('cspSources', () => {
  it('puts back the quotes that shells and .env files strip from keywords', () => {
    expect(cspSources('none', "'none'")).toBe("'none'");
    expect(cspSources("'none'", "'none'")).toBe("'none'");
    expect(cspSources('self https://app.example.com', "'none'")).toBe(
      "'self' https://app.example.com",
    );
  });
  it('falls back when the variable is empty or unset', () => {
    expect(cspSources(undefined, "'none'")).toBe("'none'");
    expect(cspSources('  ', '')).toBe('');
  });
  it('still denies framing (X-Frame-Options) for an unquoted none', () => {
    const h = securityHeaders({ ...base, frameAncestors: cspSources('none', "'none'") });
    expect(h['X-Frame-Options']).toBe('DENY');
    expect(h['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});
