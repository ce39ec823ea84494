import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { getI18n } from '@/lib/i18n';
import { captured } from '@/test/fixtures';
import { mapFlow, mapNode } from '@/lib/kratos/map';
import type { UiNode } from '@/lib/kratos/types';
import { FlowNode } from './node';

const ctx = {
  internalUrl: 'http://127.0.0.1:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: [] as string[],
};
const nodesOf = (name: string) => mapFlow('settings', captured(name).body, ctx).nodes;
const html = (node: UiNode | undefined, nonce?: string) => {
  if (!node) throw new Error('no such node');
  return renderToStaticMarkup(createElement(FlowNode, { node, nonce }));
};
const byName = (nodes: UiNode[], name: string) =>
  nodes.find((n) => n.attributes.nodeType === 'input' && n.attributes.name === name);
const byType = (nodes: UiNode[], type: string) => nodes.find((n) => n.attributes.nodeType === type);

// Sync components read the translator with useI18n(); it is loaded (English) before rendering.
beforeAll(() => getI18n());

describe('FlowNode on captured settings flows', () => {
  it('renders the TOTP QR code as an image with an alt text and the secret as text', () => {
    const nodes = nodesOf('settings-flow');
    expect(html(byType(nodes, 'img'))).toMatch(/^<img id="totp_qr" src="data:image\/png;base64,/);
    expect(html(byType(nodes, 'img'))).toContain('alt="Authenticator app QR code"');
    expect(html(byType(nodes, 'text'))).toMatch(/<code[^>]*>[A-Z2-7]{16,}<\/code>/);
  });

  it('renders backup codes as a list, one item per code', () => {
    const markup = html(byType(nodesOf('settings-lookup-codes'), 'text'));
    expect(markup.match(/<li /g)).toHaveLength(12);
    expect(markup).toMatch(/<li data-message-id="1050009"><code>[a-z0-9]{8}<\/code><\/li>/);
  });

  it('gives the TOTP code field one-time-code autocomplete, keeps required', () => {
    const markup = html(byName(nodesOf('settings-flow'), 'totp_code'));
    expect(markup).toContain('autoComplete="one-time-code"');
    expect(markup).toContain('required=""');
    expect(markup).toContain('inputMode="numeric"');
  });

  it('renders WebAuthn triggers as plain buttons, never with Kratos’s inline onclick', () => {
    const nodes = nodesOf('settings-flow');
    for (const name of ['webauthn_register_trigger', 'passkey_register_trigger']) {
      const markup = html(byName(nodes, name));
      expect(markup).toMatch(/^<button type="button"/);
      expect(markup).not.toMatch(/onclick/i);
      expect(markup).toContain(`name="${name}"`);
      expect(markup).toMatch(/data-trigger="ory(WebAuthn|Passkey)\w*Registration"/);
    }
  });

  it('puts the request’s CSP nonce on webauthn.js and serves it from the proxy', () => {
    const markup = html(byType(nodesOf('settings-flow'), 'script'), 'n0nce');
    expect(markup).toContain('nonce="n0nce"');
    expect(markup).toContain('src="/kratos/.well-known/ory/webauthn.js"');
    expect(markup).toContain('integrity="sha512-');
  });

  it('posts a submit button’s own name and value', () => {
    const markup = html(byName(nodesOf('settings-totp-linked'), 'totp_unlink'));
    expect(markup).toMatch(/^<button type="submit"/);
    expect(markup).toContain('name="totp_unlink"');
    expect(markup).toContain('value="true"');
    expect(markup).toContain('formNoValidate=""');
  });

  // The two cases below start from a node Kratos really sent (the settings flow's email field)
  // and change only what the case is about: a node type and input attributes that v1.3.1
  // does not send with this schema.
  const capturedEmailNode = () => {
    const raw = structuredClone(captured('settings-flow').body) as {
      ui: { nodes: { attributes: Record<string, unknown> }[] };
    };
    const node = raw.ui.nodes.find((n) => n.attributes.name === 'traits.email');
    if (!node) throw new Error('the captured settings flow has no traits.email node');
    return node;
  };

  it('renders an unknown node type as a visible placeholder, not nothing and not raw data', () => {
    const raw = { ...capturedEmailNode(), type: 'captcha' };
    raw.attributes = { node_type: 'captcha', html: '<b>x</b>' };
    const markup = html(mapNode(raw, ctx));
    expect(markup).toContain('data-unknown-node="captcha"');
    expect(markup).not.toContain('<b>');
  });

  it('honours disabled, pattern and autocomplete from Kratos', () => {
    const raw = capturedEmailNode();
    Object.assign(raw.attributes, {
      name: 'traits.phone',
      type: 'tel',
      pattern: '[0-9+ ]+',
      autocomplete: 'tel',
      disabled: true,
      required: true,
    });
    const markup = html(mapNode(raw, ctx));
    expect(markup).toContain('type="tel"');
    expect(markup).toContain('pattern="[0-9+ ]+"');
    expect(markup).toContain('autoComplete="tel"');
    expect(markup).toContain('disabled=""');
    expect(markup).toContain('required=""');
  });
});
