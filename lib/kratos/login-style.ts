import type { FlowView } from './types';

/**
 * Identifier-first login (selfservice.flows.login.style: identifier_first): the account the
 * first step asked for, once Kratos shows the second step (it keeps the identifier as a hidden
 * node of the identifier_first group). Undefined on the first step and on unified login.
 */
export function identifierFirstAccount(flow: FlowView): string | undefined {
  const node = flow.nodes.find(
    (n) =>
      n.group === 'identifier_first' &&
      n.attributes.nodeType === 'input' &&
      n.attributes.name === 'identifier' &&
      n.attributes.type === 'hidden',
  );
  const value = node?.attributes.nodeType === 'input' ? node.attributes.value : undefined;
  return typeof value === 'string' && value ? value : undefined;
}
