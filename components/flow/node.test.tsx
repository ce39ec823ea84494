// @vitest-environment jsdom
import { getAllByRole, getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { captured } from '@/test/fixtures';
import { requestHeaders } from '@/test/next-request';
import { renderToDom } from '@/test/render';
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
const dom = (node: UiNode | undefined, nonce?: string) => {
  if (!node) throw new Error('no such node');
  // The nonce proxy.ts puts on the request (test/next-request.ts stands in for next/headers).
  if (nonce) requestHeaders.set('x-nonce', nonce);
  return renderToDom(<FlowNode node={node} />);
};
const byName = (nodes: UiNode[], name: string) =>
  nodes.find((n) => n.attributes.nodeType === 'input' && n.attributes.name === name);
const byType = (nodes: UiNode[], type: string) => nodes.find((n) => n.attributes.nodeType === type);

describe('FlowNode on captured settings flows', () => {
  it('renders the TOTP QR code as an image with an alt text and the secret as text', async () => {
    const nodes = nodesOf('settings-flow');
    const qr = getByRole(await dom(byType(nodes, 'img')), 'img', {
      name: 'Authenticator app QR code',
    });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = (await dom(byType(nodes, 'text'))).querySelector('code');
    expect(secret?.textContent).toMatch(/^[A-Z2-7]{16,}$/);
  });

  it('renders backup codes as a list, one item per code', async () => {
    const list = getByRole(await dom(byType(nodesOf('settings-lookup-codes'), 'text')), 'list');
    const items = getAllByRole(list, 'listitem');
    expect(items).toHaveLength(12);
    for (const item of items) expect(item.textContent).toMatch(/^[a-z0-9]{8}$/);
  });

  it('gives the TOTP code field one-time-code autocomplete, keeps required', async () => {
    const field = getByRole(await dom(byName(nodesOf('settings-flow'), 'totp_code')), 'textbox');
    expect(field.getAttribute('autocomplete')).toBe('one-time-code');
    expect(field.getAttribute('inputmode')).toBe('numeric');
    expect(field).toHaveProperty('required', true);
  });

  it('renders WebAuthn triggers as plain buttons, never with Kratos’s inline onclick', async () => {
    const nodes = nodesOf('settings-flow');
    for (const name of ['webauthn_register_trigger', 'passkey_register_trigger']) {
      const button = getByRole(await dom(byName(nodes, name)), 'button');
      expect(button).toHaveProperty('type', 'button');
      expect(button).toHaveProperty('name', name);
      expect(button.hasAttribute('onclick')).toBe(false);
      expect(button.dataset.trigger).toMatch(/^ory(WebAuthn|Passkey)\w*Registration$/);
    }
  });

  it('puts the request’s CSP nonce on webauthn.js and serves it from the proxy', async () => {
    const container = await dom(byType(nodesOf('settings-flow'), 'script'), 'n0nce');
    const script = container.querySelector('script');
    expect(script?.getAttribute('nonce')).toBe('n0nce');
    expect(script?.getAttribute('src')).toBe('/kratos/.well-known/ory/webauthn.js');
    expect(script?.getAttribute('integrity')).toMatch(/^sha512-/);
  });

  it('posts a submit button’s own name and value', async () => {
    const button = getByRole(
      await dom(byName(nodesOf('settings-totp-linked'), 'totp_unlink')),
      'button',
    );
    expect(button).toHaveProperty('type', 'submit');
    expect(button).toHaveProperty('name', 'totp_unlink');
    expect(button).toHaveProperty('value', 'true');
    expect(button).toHaveProperty('formNoValidate', true);
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

  it('renders an unknown node type as a visible placeholder, not nothing and not raw data', async () => {
    const raw = { ...capturedEmailNode(), type: 'captcha' };
    raw.attributes = { node_type: 'captcha', html: '<b>x</b>' };
    const container = await dom(mapNode(raw, ctx));
    expect(container.querySelector('[data-unknown-node="captcha"]')?.textContent).not.toBe('');
    expect(container.querySelector('b')).toBeNull();
  });

  it('honours disabled, pattern and autocomplete from Kratos', async () => {
    const raw = capturedEmailNode();
    Object.assign(raw.attributes, {
      name: 'traits.phone',
      type: 'tel',
      pattern: '[0-9+ ]+',
      autocomplete: 'tel',
      disabled: true,
      required: true,
    });
    const container = await dom(mapNode(raw, ctx));
    // A disabled field stays in the accessibility tree, under the title Kratos gave it.
    const field = getByRole(container, 'textbox', { name: 'E-Mail' });
    expect(field.getAttribute('name')).toBe('traits.phone');
    expect(field).toHaveProperty('type', 'tel');
    expect(field?.getAttribute('pattern')).toBe('[0-9+ ]+');
    expect(field?.getAttribute('autocomplete')).toBe('tel');
    expect(field).toHaveProperty('disabled', true);
    expect(field).toHaveProperty('required', true);
  });
});
