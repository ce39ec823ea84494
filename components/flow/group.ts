import type { UiNode } from '@/lib/kratos/types';

// The order users expect: who you are, then how you prove it.
const GROUP_ORDER = [
  'default',
  'identifier_first',
  'profile',
  'password',
  'code',
  'oidc',
  'totp',
  'lookup_secret',
  'webauthn',
  'passkey',
] as const;

// Settings: the profile, then the password, then each second factor, then linked accounts.
export const SETTINGS_GROUP_ORDER = [
  'profile',
  'password',
  'code',
  'totp',
  'lookup_secret',
  'webauthn',
  'passkey',
  'oidc',
] as const;

export interface NodeGroup {
  group: string;
  nodes: UiNode[];
  /** Further groups whose nodes share this form (see `joinsIdentityForm`). */
  merged?: string[];
}

const rankIn = (order: readonly string[]) => (group: string) => {
  const i = order.indexOf(group);
  return i === -1 ? order.length : i;
};

const isHidden = (n: UiNode) => n.attributes.nodeType === 'input' && n.attributes.type === 'hidden';
const isSubmit = (n: UiNode) =>
  n.attributes.nodeType === 'input' &&
  (n.attributes.type === 'submit' || n.attributes.type === 'button');
const isScript = (n: UiNode) => n.attributes.nodeType === 'script';
const isBackButton = (n: UiNode) =>
  n.attributes.nodeType === 'input' &&
  n.attributes.name === 'screen' &&
  n.attributes.value === 'previous';

/** The flow's script nodes (webauthn.js), once each: they belong to the page, not to a form. */
export function scriptNodes(nodes: UiNode[]): UiNode[] {
  const seen = new Set<string>();
  return nodes.filter((n) => {
    if (n.attributes.nodeType !== 'script') return false;
    const key = n.attributes.src || n.attributes.id;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Kratos's passkey registration reads the display name (e.g. traits.email) from the form that
 * holds `passkey_create_data` (it names the field in `displayNameFieldName`), so that group must
 * share the form of the identity fields.
 */
function joinsIdentityForm(nodes: UiNode[], group: string): boolean {
  return nodes.some((n) => {
    const a = n.attributes;
    if (n.group !== group || a.nodeType !== 'input' || a.name !== 'passkey_create_data') {
      return false;
    }
    try {
      const data = JSON.parse(String(a.value ?? '')) as { displayNameFieldName?: unknown };
      return typeof data.displayNameFieldName === 'string';
    } catch {
      return false;
    }
  });
}

/**
 * Passwordless email code (code.passwordless_enabled): the code group's only node is its
 * "Send sign in/up code" button, which posts the identifier or traits of the identity form, so
 * it joins that form (as its second button; see FlowForm).
 */
function requestsCodeFor(nodes: UiNode[], group: string): boolean {
  const mine = nodes.filter((n) => n.group === group);
  return group === 'code' && mine.length > 0 && mine.every(isSubmit);
}

/**
 * Splits a flow's nodes into one form per method group, each carrying the shared hidden nodes
 * (csrf_token). Visible `default` nodes (identifier, traits) go with the first credential group,
 * so a required password never blocks a social sign-in button in another form. Script nodes are
 * left out (see scriptNodes).
 */
export function groupNodes(nodes: UiNode[], order: readonly string[] = GROUP_ORDER): NodeGroup[] {
  const rank = rankIn(order);
  const own = nodes.filter((n) => !isScript(n));
  // Hidden nodes every method posts: the CSRF token, and on identifier-first login's second step
  // the identifier the first step asked for (Kratos hides it in the identifier_first group).
  const shared = own.filter(
    (n) => (n.group === 'default' || n.group === 'identifier_first') && isHidden(n),
  );
  const defaultsVisible = own.filter((n) => n.group === 'default' && !isHidden(n));
  // A form that only navigates back (two-step registration's `screen=previous`) comes last.
  const last = (g: string) => (own.filter((n) => n.group === g).every(isBackButton) ? 1 : 0);
  const groups = [
    ...new Set(own.filter((n) => n.group !== 'default' && !shared.includes(n)).map((n) => n.group)),
  ].sort((a, b) => last(a) - last(b) || rank(a) - rank(b));
  if (!groups.length) return own.length ? [{ group: 'default', nodes: own }] : [];
  const withIdentity =
    groups.find((g) => g === 'profile' || g === 'password' || g === 'code') ?? groups[0];
  const joiners = defaultsVisible.length
    ? groups.filter(
        (g) => g !== withIdentity && (joinsIdentityForm(own, g) || requestsCodeFor(own, g)),
      )
    : [];
  const body = (group: string) => {
    const mine = own.filter((n) => n.group === group);
    // Submit buttons last so implicit submission (Enter) uses this group's primary action.
    return [...mine.filter((n) => !isSubmit(n)), ...mine.filter(isSubmit)];
  };
  return groups
    .filter((group) => !joiners.includes(group))
    .map((group) => {
      if (group !== withIdentity) return { group, nodes: [...shared, ...body(group)] };
      const merged = joiners.flatMap(body);
      return {
        group,
        nodes: [...shared, ...defaultsVisible, ...body(group), ...merged],
        ...(joiners.length ? { merged: joiners } : {}),
      };
    });
}
