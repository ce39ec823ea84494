import { describe, expect, it } from 'vitest';
import { captured, capturedHydra } from '@/test/fixtures';
import { mapFlow } from '@/lib/kratos/map';
import { mapConsent, mapLoginRequest, mapLogout } from './map';

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
