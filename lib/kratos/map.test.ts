import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { captured } from '@/test/fixtures';
import { mapError, mapFlow, mapSession } from './map';

const ctx = {
  internalUrl: 'http://127.0.0.1:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: [] as string[],
};
const internalCtx = { ...ctx, internalUrl: 'http://kratos:4433', uiOrigin: 'http://ui.example' };

describe('mapFlow', () => {
  it('maps an aal2 refresh flow and keeps aal=aal2 and refresh for restarts', () => {
    const flow = mapFlow('login', captured('login-aal2-refresh-choose-method').body, ctx);
    expect(flow.requestedAal).toBe('aal2');
    expect(flow.refresh).toBe(true);
    expect(flow.state).toBe('choose_method');
    expect(flow.messages.map((m) => m.id)).toEqual([1010003, 1010004]);
    expect(flow.action).toMatch(/^\/kratos\/self-service\/login\?flow=/);
    expect(flow.restartParams).toMatchObject({ aal: 'aal2', refresh: 'true' });
  });

  it('rewrites ui.action when Kratos advertises a host the browser cannot reach', () => {
    const raw = structuredClone(captured('login-code-sent').body) as { ui: { action: string } };
    raw.ui.action = raw.ui.action.replace('http://127.0.0.1:3000/kratos', 'http://kratos:4433');
    const flow = mapFlow('login', raw, internalCtx);
    expect(flow.action).toMatch(/^\/kratos\/self-service\/login\?flow=[0-9a-f-]+$/);
  });

  it('maps every node of the code step with its labels and ids', () => {
    const flow = mapFlow('login', captured('login-code-sent').body, ctx);
    const names = flow.nodes.map((n) =>
      n.attributes.nodeType === 'input' ? n.attributes.name : n.attributes.nodeType,
    );
    expect(names).toEqual(
      expect.arrayContaining(['csrf_token', 'identifier', 'method', 'code', 'resend']),
    );
    const resend = flow.nodes.find(
      (n) => n.attributes.nodeType === 'input' && n.attributes.name === 'resend',
    );
    expect(resend?.label?.id).toBe(1070008);
  });

  it('maps the registration form fields', () => {
    const flow = mapFlow('registration', captured('registration-flow').body, ctx);
    const names = flow.nodes.flatMap((n) =>
      n.attributes.nodeType === 'input' ? [n.attributes.name] : [],
    );
    expect(names).toEqual(
      expect.arrayContaining(['traits.email', 'password', 'csrf_token', 'method']),
    );
  });
});

describe('mapError and mapSession', () => {
  it('reads the error contract', () => {
    const c = captured('whoami-aal1-needs-aal2');
    expect(mapError(c.status, c.body)).toMatchObject({ status: 403, id: 'session_aal2_required' });
    expect(mapError(c.status, c.body).redirectTo).toContain('/self-service/login/browser?aal=aal2');
  });

  it('maps an aal2 session', () => {
    const session = mapSession(captured('whoami-aal2').body);
    expect(session?.aal).toBe('aal2');
    expect(session?.methods).toEqual(['password', 'code']);
    expect(session?.identity.traits.email).toMatch(/@example\.org$/);
  });
});

describe('the schema at the edge', () => {
  it('keeps every node and message of every captured flow', () => {
    const dir = path.join(__dirname, '../../test/fixtures/kratos');
    const flows = readdirSync(dir)
      .map((file) => captured(file.replace(/\.json$/, '')))
      .filter((c) => c.status === 200 && Array.isArray((c.body as RawUi).ui?.nodes));
    expect(flows.length).toBeGreaterThan(10);
    for (const { body } of flows) {
      const ui = (body as RawUi).ui!;
      const view = mapFlow('login', body, ctx);
      expect(view.nodes).toHaveLength(ui.nodes!.length);
      expect(view.messages).toHaveLength(ui.messages?.length ?? 0);
      expect(view.nodes.every((n) => n.attributes.nodeType !== 'unknown')).toBe(true);
    }
  });

  it('turns wrong types into safe defaults and drops what is not a node or message', () => {
    const view = mapFlow(
      'login',
      {
        id: 42,
        refresh: 'yes',
        ui: {
          action: ['x'],
          messages: [{ text: 'no id' }, { id: 4000006, type: 'bogus', text: 7 }],
          nodes: [
            'not a node',
            { group: 5, attributes: { node_type: 'input', name: 1, required: 'yes' } },
          ],
        },
      },
      ctx,
    );
    expect(view).toMatchObject({ id: '', action: '', method: 'POST', refresh: false });
    expect(view.messages).toEqual([{ id: 4000006, type: 'info', text: '' }]);
    expect(view.nodes).toEqual([
      {
        group: 'default',
        messages: [],
        attributes: expect.objectContaining({ nodeType: 'input', name: '', required: false }),
      },
    ]);
    expect(mapFlow('login', 'garbage', ctx).nodes).toEqual([]);
    expect(mapSession({ identity: 'x' })).toBeUndefined();
    expect(mapError(502, '<html>')).toMatchObject({ status: 502, message: 'Unexpected error' });
  });
});

interface RawUi {
  ui?: { nodes?: unknown[]; messages?: unknown[] };
}
