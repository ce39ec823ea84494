import { describe, expect, it } from 'vitest';
import { captured } from '@/test/fixtures';
import { capturedFlow } from '@/test/render';
import { mapFlow } from '@/lib/kratos/map';
import type { FlowKind, UiNode } from '@/lib/kratos/types';
import { groupNodes, scriptNodes, SETTINGS_GROUP_ORDER } from './group';
import { validatesForm } from './node';
import { registeringAs, registrationStep } from '@/lib/kratos/registration-step';

const ctx = {
  internalUrl: 'http://127.0.0.1:4433',
  browserPath: '/kratos',
  uiOrigin: 'http://127.0.0.1:3000',
  allowedOrigins: [] as string[],
};
const flow = (kind: FlowKind, name: string) => mapFlow(kind, captured(name).body, ctx);
const name = (n: UiNode) =>
  n.attributes.nodeType === 'input' ? n.attributes.name : `<${n.attributes.nodeType}>`;
const form = (groups: ReturnType<typeof groupNodes>, group: string) => {
  const found = groups.find((g) => g.group === group);
  if (!found) throw new Error(`no ${group} form in ${groups.map((g) => g.group).join(', ')}`);
  return found.nodes.map(name);
};
const submit = (nodes: UiNode[], nodeName: string, value?: string) => {
  const n = nodes.find(
    (x) =>
      x.attributes.nodeType === 'input' &&
      x.attributes.name === nodeName &&
      (value === undefined || x.attributes.value === value),
  );
  if (n?.attributes.nodeType !== 'input') throw new Error(`no ${nodeName}`);
  return n.attributes;
};

describe('two-step registration (captured with enable_legacy_one_step=false)', () => {
  it('screen 1: the traits and "Sign up" (method=profile) in one form, social sign-up apart', () => {
    const f = flow('registration', 'registration-two-step-profile');
    expect(f.state).toBe('choose_method');
    expect(registrationStep(f)).toBe('profile');
    const groups = groupNodes(f.nodes);
    expect(groups.map((g) => g.group)).toEqual(['profile', 'oidc']);
    expect(form(groups, 'profile')).toEqual([
      'csrf_token',
      'traits.email',
      'traits.name.first',
      'traits.name.last',
      'method',
    ]);
    expect(form(groups, 'oidc')).toEqual(['csrf_token', 'provider']);
    // "Sign up" validates the required email; the social button must not.
    expect(validatesForm(submit(f.nodes, 'method', 'profile'))).toBe(true);
    expect(validatesForm(submit(f.nodes, 'provider'))).toBe(false);
  });

  it('screen 1 with an invalid email keeps the error on the trait', () => {
    const f = flow('registration', 'registration-two-step-profile-invalid');
    expect(registrationStep(f)).toBe('profile');
    const email = f.nodes.find((n) => name(n) === 'traits.email');
    expect(email?.messages.map((m) => m.type)).toEqual(['error']);
  });

  it('screen 2: every form carries the traits as hidden fields, "Back" comes last', () => {
    const f = flow('registration', 'registration-two-step-credentials');
    expect(f.state).toBe('choose_method');
    expect(registrationStep(f)).toBe('credentials');
    expect(registeringAs(f)).toMatch(/^two-step-\d+@example\.org$/);
    expect(f.messages.map((m) => m.id)).toEqual([1040009]);
    const groups = groupNodes(f.nodes);
    expect(groups.map((g) => g.group)).toEqual(['password', 'passkey', 'profile']);
    for (const g of groups) {
      expect(g.nodes.map(name)).toEqual(
        expect.arrayContaining(['csrf_token', 'traits.email', 'traits.name.first']),
      );
    }
    expect(form(groups, 'password').slice(-2)).toEqual(['password', 'method']);
    expect(form(groups, 'profile').at(-1)).toBe('screen');
    // "Back" must leave even with an empty required password; it is in its own form anyway.
    expect(validatesForm(submit(f.nodes, 'screen', 'previous'))).toBe(false);
    // webauthn.js is a page-level script, not a form of its own.
    expect(scriptNodes(f.nodes)).toHaveLength(1);
  });

  it('"Back" returns to screen 1 with the traits filled in', () => {
    const f = flow('registration', 'registration-two-step-back');
    expect(registrationStep(f)).toBe('profile');
    const email = f.nodes.find((n) => name(n) === 'traits.email');
    expect(email?.attributes).toMatchObject({ type: 'email', value: registeringAs(f) });
  });

  it('ends like one-step registration: a session and the verification screen next', () => {
    const body = captured('registration-two-step-success').body as {
      continue_with: { action: string }[];
    };
    expect(body.continue_with.map((c) => c.action)).toContain('show_verification_ui');
  });
});

describe('one-step registration with every method', () => {
  const f = flow('registration', 'registration-flow-all-methods');

  it('is the single screen', () => {
    expect(registrationStep(f)).toBe('single');
  });

  it('puts the passkey button in the form of the traits, which webauthn.js reads its name from', () => {
    const groups = groupNodes(f.nodes);
    expect(groups.map((g) => g.group)).toEqual(['password', 'oidc']);
    expect(groups[0]?.merged).toEqual(['passkey']);
    expect(form(groups, 'password')).toEqual([
      'csrf_token',
      'traits.email',
      'traits.name.first',
      'traits.name.last',
      'password',
      'method',
      'passkey_register',
      'passkey_create_data',
      'passkey_register_trigger',
    ]);
    // Enter submits the password sign-up: it is the form's first submit button.
  });
});

describe('login with every method', () => {
  it('keeps the passkey form apart from the password form (discoverable credentials)', () => {
    const groups = groupNodes(flow('login', 'login-flow-all-methods').nodes);
    expect(groups.map((g) => g.group)).toEqual(['password', 'oidc', 'passkey']);
    expect(form(groups, 'password')).toEqual(['csrf_token', 'identifier', 'password', 'method']);
  });
});

describe('settings', () => {
  it('one form per method in the settings order, webauthn.js outside them', () => {
    const f = flow('settings', 'settings-flow');
    const groups = groupNodes(f.nodes, SETTINGS_GROUP_ORDER);
    expect(groups.map((g) => g.group)).toEqual([
      'profile',
      'password',
      'totp',
      'lookup_secret',
      'webauthn',
      'passkey',
      'oidc',
    ]);
    expect(form(groups, 'totp')).toEqual(['csrf_token', '<img>', '<text>', 'totp_code', 'method']);
    expect(form(groups, 'webauthn')).toEqual([
      'csrf_token',
      'webauthn_register_displayname',
      'webauthn_register',
      'webauthn_register_trigger',
    ]);
    expect(scriptNodes(f.nodes).map((n) => n.attributes.nodeType)).toEqual(['script']);
  });

  it('lists the backup codes one message per code', () => {
    const f = flow('settings', 'settings-lookup-codes');
    const codes = f.nodes.find((n) => n.attributes.nodeType === 'text');
    expect(codes?.attributes.nodeType === 'text' && codes.attributes.secrets?.length).toBe(12);
  });

  it('secondary settings buttons skip validation, primary ones validate', () => {
    const linked = flow('settings', 'settings-totp-linked');
    expect(validatesForm(submit(linked.nodes, 'totp_unlink'))).toBe(false);
    expect(validatesForm(submit(linked.nodes, 'method', 'password'))).toBe(true);
    const revealed = flow('settings', 'settings-lookup-revealed');
    expect(validatesForm(submit(revealed.nodes, 'lookup_secret_disable'))).toBe(false);
  });
});

describe('groupNodes, identifier-first login (captured from a Kratos with login.style identifier_first)', () => {
  const forms = (name: string) =>
    groupNodes(capturedFlow('login', name).nodes).map((f) => ({
      group: f.group,
      names: f.nodes.map((n) => (n.attributes.nodeType === 'input' ? n.attributes.name : '?')),
    }));

  it('step 1: the identifier first, then the social buttons', () => {
    const groups = forms('login-idfirst-identify');
    expect(groups[0]).toEqual({
      group: 'identifier_first',
      names: ['csrf_token', 'identifier', 'method'],
    });
    expect(groups.map((g) => g.group)).toContain('oidc');
  });

  it('step 2: the password form posts the identifier; no empty identifier form', () => {
    const groups = forms('login-idfirst-known');
    expect(groups.find((g) => g.group === 'password')?.names).toEqual([
      'identifier',
      'csrf_token',
      'password',
      'method',
    ]);
    expect(groups.map((g) => g.group)).not.toContain('identifier_first');
  });

  it('step 2 has the same forms for a known and an unknown account', () => {
    expect(forms('login-idfirst-unknown')).toEqual(forms('login-idfirst-known'));
    expect(forms('login-idfirst-unknown-wrong-password')).toEqual(
      forms('login-idfirst-known-wrong-password'),
    );
  });
});

describe('groupNodes, passwordless email code (captured from a Kratos with passwordless_enabled)', () => {
  const formOf = (kind: FlowKind, name: string, group: string) =>
    groupNodes(capturedFlow(kind, name).nodes)
      .find((f) => f.group === group)
      ?.nodes.map((n) =>
        n.attributes.nodeType === 'input'
          ? `${n.attributes.name}${n.attributes.type === 'submit' ? `=${String(n.attributes.value)}` : ''}`
          : '?',
      );

  it('login: "Send sign in code" shares the form of the identifier, after the password button', () => {
    expect(formOf('login', 'login-passwordless-flow', 'password')).toEqual([
      'csrf_token',
      'identifier',
      'password',
      'method=password',
      'method=code',
    ]);
    expect(formOf('login', 'login-passwordless-flow', 'code')).toBeUndefined();
  });

  it('registration: "Send sign up code" posts the traits', () => {
    expect(formOf('registration', 'registration-passwordless-flow', 'password')).toEqual(
      expect.arrayContaining(['traits.email', 'method=password', 'method=code']),
    );
  });
});
