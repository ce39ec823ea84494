import type { UiNode } from '@/lib/kratos/types';

// The order users expect: who you are, then how you prove it.
export const GROUP_ORDER = [
  'default',
  'profile',
  'password',
  'code',
  'oidc',
  'totp',
  'lookup_secret',
  'webauthn',
  'passkey',
] as const;

const rank = (group: string) => {
  const i = (GROUP_ORDER as readonly string[]).indexOf(group);
  return i === -1 ? GROUP_ORDER.length : i;
};

export const isHidden = (n: UiNode) =>
  n.attributes.nodeType === 'input' && n.attributes.type === 'hidden';
const isSubmit = (n: UiNode) =>
  n.attributes.nodeType === 'input' &&
  (n.attributes.type === 'submit' || n.attributes.type === 'button');

/**
 * Splits a flow's nodes into one form per method group, each carrying the shared hidden nodes
 * (csrf_token). Visible `default` nodes (identifier, traits) go with the first credential group,
 * so a required password never blocks a social sign-in button in another form.
 */
export function groupNodes(nodes: UiNode[]): { group: string; nodes: UiNode[] }[] {
  const shared = nodes.filter((n) => n.group === 'default' && isHidden(n));
  const defaultsVisible = nodes.filter((n) => n.group === 'default' && !isHidden(n));
  const groups = [...new Set(nodes.filter((n) => n.group !== 'default').map((n) => n.group))].sort(
    (a, b) => rank(a) - rank(b),
  );
  if (!groups.length) return [{ group: 'default', nodes }];
  const withIdentity =
    groups.find((g) => g === 'profile' || g === 'password' || g === 'code') ?? groups[0];
  return groups.map((group) => {
    const own = nodes.filter((n) => n.group === group);
    // Submit buttons last so implicit submission (Enter) uses this group's primary action.
    const body = [...own.filter((n) => !isSubmit(n)), ...own.filter(isSubmit)];
    const extra = group === withIdentity ? defaultsVisible : [];
    return { group, nodes: [...shared, ...extra, ...body] };
  });
}
