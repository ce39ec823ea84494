import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseOrigins,
  rewriteInternalUrls,
  safeRedirect,
  sameOriginPath,
  toBrowserUrl,
} from './redirects';

const ctx = {
  internalUrl: 'http://kratos:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: ['http://127.0.0.1:4444', 'https://app.example.com'],
};

describe('toBrowserUrl', () => {
  it('maps the internal Kratos host onto the proxy path', () => {
    expect(toBrowserUrl('http://kratos:4433/self-service/login?flow=abc', ctx)).toBe(
      '/kratos/self-service/login?flow=abc',
    );
  });
  it('recovers from a wrong base_url by the Kratos API path', () => {
    expect(
      toBrowserUrl('http://wrong.example:9999/prefix/self-service/login/browser?aal=aal2', ctx),
    ).toBe('/kratos/self-service/login/browser?aal=aal2');
  });
  it('keeps URLs already on the UI origin as paths', () => {
    expect(toBrowserUrl('http://127.0.0.1:3000/kratos/self-service/login?flow=1', ctx)).toBe(
      '/kratos/self-service/login?flow=1',
    );
    expect(toBrowserUrl('http://127.0.0.1:3000/login?flow=1', ctx)).toBe('/login?flow=1');
  });
  it('keeps URLs on allowed origins (return_to targets, Hydra)', () => {
    expect(toBrowserUrl('https://app.example.com/dashboard', ctx)).toBe(
      'https://app.example.com/dashboard',
    );
    expect(toBrowserUrl('http://127.0.0.1:4444/oauth2/auth?login_verifier=x', ctx)).toBe(
      'http://127.0.0.1:4444/oauth2/auth?login_verifier=x',
    );
  });
  it('refuses other origins', () => {
    expect(toBrowserUrl('https://evil.example/dashboard', ctx)).toBeUndefined();
  });
  it.each([
    'http://127.0.0.1:3000//evil.example/',
    'http://127.0.0.1:3000///evil.example/',
    'http://127.0.0.1:3000/\\evil.example/',
    'http://127.0.0.1:3000/%09/evil.example/x/..//',
    '//evil.example/',
    '///evil.example/',
  ])('never turns %s into a path to another host', (raw) => {
    const out = toBrowserUrl(raw, ctx);
    if (out !== undefined) expect(new URL(out, ctx.uiOrigin).origin).toBe(ctx.uiOrigin);
    if (out !== undefined) expect(out).not.toMatch(/^\/[/\\]/);
  });
  it('handles an internal URL with a path prefix', () => {
    const c = { ...ctx, internalUrl: 'http://gateway/identity' };
    expect(toBrowserUrl('http://gateway/identity/sessions/whoami', c)).toBe(
      '/kratos/sessions/whoami',
    );
  });
});

describe('sameOriginPath', () => {
  it.each([
    ['http://127.0.0.1:3000/settings?x=1', '/settings?x=1'],
    ['/settings', '/settings'],
    ['https://evil.example/', undefined],
    ['//evil.example/x', undefined],
    ['javascript:alert(1)', undefined],
    ['/\\evil.example', undefined],
    ['http://127.0.0.1:3000//evil.example/', undefined],
    ['http://127.0.0.1:3000/\\evil.example/', undefined],
    ['http://user@127.0.0.1:3000/settings', undefined],
  ])('%s → %s', (input, expected) => {
    expect(sameOriginPath(input, 'http://127.0.0.1:3000')).toBe(expected);
  });
});

describe('sameOriginPath as the return-path check', () => {
  const origin = 'http://127.0.0.1:3000';
  it('keeps same-origin paths with their query and fragment', () => {
    expect(sameOriginPath('/login?flow=8d2c&return_to=%2Fsettings', origin)).toBe(
      '/login?flow=8d2c&return_to=%2Fsettings',
    );
    expect(sameOriginPath('/settings#password', origin)).toBe('/settings#password');
    expect(sameOriginPath('/', origin)).toBe('/');
  });

  it.each([
    ['an absolute URL elsewhere', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash trick', '/\\evil.example/'],
    ['a tab that browsers strip', '/\t/evil.example/'],
    ['a path that normalises to //', '/.//evil.example/'],
    ['a relative path', 'login'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['nothing', null],
    ['a non-string', ['/login']],
    ['something huge', `/${'a'.repeat(5000)}`],
  ])('refuses %s', (_, value) => {
    expect(sameOriginPath(value, origin)).toBeUndefined();
  });
});

// What a browser would do with the answer: resolve it against the page it is on.
function assertSafe(out: string): void {
  const resolved = new URL(out, `${ctx.uiOrigin}/some/page`);
  if (out.startsWith('/')) {
    expect(resolved.origin).toBe(ctx.uiOrigin);
    expect(out).not.toMatch(/^\/[/\\]/);
  } else {
    expect(out).toMatch(/^https?:\/\//);
    expect(ctx.allowedOrigins).toContain(resolved.origin);
    expect(resolved.username + resolved.password).toBe('');
  }
  // Nothing a browser strips or rewrites before parsing, and no backslash in the path.
  expect(out).not.toMatch(/[\u0000-\u0020\u007f-\u009f]/);
  expect(out.split(/[?#]/)[0]).not.toContain('\\');
}

describe('safeRedirect over hostile URLs (property test)', () => {
  const pieces = fc.constantFrom(
    '/',
    '//',
    '\\',
    '/\\',
    '\\\\',
    '%2f',
    '%2F',
    '%5c',
    '%09',
    '\t',
    '\n',
    '\r',
    '\u0000',
    '\u001f',
    '\u00a0',
    '\uff0f',
    '\uff3c',
    '\u2215',
    '\u3002',
    '.',
    '..',
    '@',
    ':',
    '?',
    '#',
    ' ',
    'evil.example',
    'user:pass@',
    '127.0.0.1:3000',
    'javascript:alert(1)',
    'data:text/html,x',
    'http:',
    'https:',
    'HTTP://',
    'http://127.0.0.1:3000',
    'http://127.0.0.1:4444',
    'https://app.example.com',
    'login',
    '%00',
    '%E3%80%82',
  );
  const hostile = fc.array(pieces, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));

  it('answers only safe paths or allowed absolute URLs', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.webUrl(), fc.string()), (raw) => {
        const out = safeRedirect(raw, ctx);
        if (out !== undefined) {
          assertSafe(out);
          // Checking an answer again changes nothing.
          expect(safeRedirect(out, ctx)).toBe(out);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('maps Kratos URLs without ever leaving the allowed set', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        for (const candidate of [raw, `http://kratos:4433${raw}`, `http://127.0.0.1:3000${raw}`]) {
          const out = toBrowserUrl(candidate, ctx);
          if (out !== undefined) assertSafe(out);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('rewriteInternalUrls', () => {
  it('moves every internal URL in a flow onto the public proxy URL', () => {
    const flow = {
      request_url: 'http://kratos:4433/self-service/login/browser?aal=aal2',
      ui: { action: 'http://kratos:4433/self-service/login?flow=1', nodes: [{ href: 'x' }] },
      return_to: 'https://app.example.com/',
    };
    expect(rewriteInternalUrls(flow, ctx)).toEqual({
      request_url: 'http://127.0.0.1:3000/kratos/self-service/login/browser?aal=aal2',
      ui: {
        action: 'http://127.0.0.1:3000/kratos/self-service/login?flow=1',
        nodes: [{ href: 'x' }],
      },
      return_to: 'https://app.example.com/',
    });
  });
});

describe('parseOrigins', () => {
  it('reads origins from a space- or comma-separated list', () => {
    expect(parseOrigins('http://a.example:5555/path, https://b.example  nonsense')).toEqual([
      'http://a.example:5555',
      'https://b.example',
    ]);
    expect(parseOrigins(undefined)).toEqual([]);
  });
});
