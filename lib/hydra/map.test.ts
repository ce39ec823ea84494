import { describe, expect, it } from 'vitest';
import { captured, capturedHydra } from '@/test/fixtures';
import { mapFlow } from '@/lib/kratos/map';
import { mapConsent, mapGrants, mapLoginRequest, mapLogout, nextPageToken } from './map';

const ctx = {
  internalUrl: 'http://127.0.0.1:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: ['http://127.0.0.1:4444'],
};

describe('Hydra requests', () => {
  it('maps a consent request, with the app and its links', () => {
    const consent = mapConsent(capturedHydra('consent-request').body);
    expect(consent).toMatchObject({
      subject: 'b3f6b0f0-0000-4000-8000-00000000f1x7',
      skip: false,
      requestedScope: ['openid', 'email', 'profile', 'offline_access'],
      app: {
        name: 'Fixture app',
        logoUri: 'http://127.0.0.1:5555/logo.svg',
        policyUri: 'http://127.0.0.1:5555/privacy',
        tosUri: 'http://127.0.0.1:5555/terms',
        skipConsent: false,
        skipLogoutConsent: false,
      },
    });
    expect(consent?.challenge.length).toBeGreaterThan(100);
  });

  it('refuses what is not a consent request', () => {
    expect(mapConsent(capturedHydra('consent-unknown').body)).toBeUndefined();
    expect(mapConsent(null)).toBeUndefined();
  });

  it('drops links that are not http(s)', () => {
    const raw = capturedHydra('consent-request').body as Record<string, unknown>;
    const client = raw.client as Record<string, unknown>;
    const consent = mapConsent({
      ...raw,
      client: { ...client, logo_uri: 'javascript:alert(1)', tos_uri: 'data:text/html,x' },
    });
    expect(consent?.app.logoUri).toBeUndefined();
    expect(consent?.app.tosUri).toBeUndefined();
  });

  it('maps an RP-initiated logout request', () => {
    const logout = mapLogout(capturedHydra('logout-request').body, 'x');
    expect(logout).toMatchObject({ rpInitiated: true, app: { name: 'Fixture app' } });
  });

  it('reads login_hint and ui_locales from the login request', () => {
    expect(mapLoginRequest(capturedHydra('login-request').body)).toMatchObject({
      loginHint: 'fixture@example.org',
      uiLocales: ['de', 'en'],
      app: { name: 'Fixture app' },
    });
  });

  it("a Kratos login flow for a challenge names the app and prefills the app's login_hint", () => {
    const flow = mapFlow('login', captured('login-flow-oauth2').body, ctx);
    expect(flow.oauth2?.app.name).toBe('Fixture app');
    expect(flow.restartParams.login_challenge).toBeTruthy();
    const identifier = flow.nodes.find(
      (n) => n.attributes.nodeType === 'input' && n.attributes.name === 'identifier',
    );
    expect(identifier?.attributes).toMatchObject({ value: 'fixture@example.org' });
  });
});

describe('mapGrants (the connected apps page)', () => {
  it('one entry per app, with its scopes, time and remembered choice', () => {
    const raw = capturedHydra('consent-sessions').body as unknown[];
    const grants = mapGrants(raw);
    expect(grants).toHaveLength(1);
    const [grant] = grants;
    expect(grant?.app.name).toBe('Fixture app');
    expect(grant?.app.logoUri).toMatch(/^http:\/\/127\.0\.0\.1:5555\/logo\.svg$/);
    expect(grant?.scopes).toEqual(['openid', 'email', 'profile', 'offline_access']);
    expect(grant?.remembered).toBe(true);
    expect(Date.parse(grant?.grantedAt ?? '')).not.toBeNaN();
    // The same app granted twice is one entry, with every scope and the newest time.
    const twice = mapGrants([
      ...raw,
      {
        ...(raw[0] as object),
        grant_scope: ['openid', 'phone'],
        handled_at: '2099-01-01T00:00:00Z',
        remember: false,
      },
    ]);
    expect(twice).toHaveLength(1);
    expect(twice[0]?.scopes).toContain('phone');
    expect(twice[0]?.grantedAt).toBe('2099-01-01T00:00:00Z');
    expect(twice[0]?.remembered).toBe(true);
    expect(mapGrants({ not: 'a list' })).toEqual([]);
  });

  it("reads the next page's token from Hydra's Link header", () => {
    expect(
      nextPageToken(
        '</admin/oauth2/auth/sessions/consent?page_size=50&page_token=abc>; rel="next"',
      ),
    ).toBe('abc');
    expect(nextPageToken(undefined)).toBeUndefined();
  });
});
