import type { FlowView, UiNode } from '@/lib/kratos/types';

/**
 * Which screen of registration a flow is on. Kratos's two-step mode (enable_legacy_one_step:
 * false) first asks for the traits (`method=profile`), then for a credential with the traits
 * as hidden fields and a `screen=previous` button; both screens have state `choose_method`,
 * so the nodes tell them apart. Legacy one-step flows are `single`.
 */
export type RegistrationStep = 'single' | 'profile' | 'credentials';

const input = (n: UiNode) => (n.attributes.nodeType === 'input' ? n.attributes : undefined);

export function registrationStep(flow: FlowView): RegistrationStep {
  const inputs = flow.nodes.map(input).filter((a) => a !== undefined);
  if (inputs.some((a) => a.name === 'screen' && a.value === 'previous')) return 'credentials';
  if (inputs.some((a) => a.name === 'method' && a.value === 'profile' && a.type === 'submit')) {
    return 'profile';
  }
  return 'single';
}

/** The address being registered, shown on the credentials screen (where it is a hidden field). */
export function registeringAs(flow: FlowView): string | undefined {
  for (const n of flow.nodes) {
    const a = input(n);
    if (a?.name === 'traits.email' && typeof a.value === 'string' && a.value) return a.value;
  }
  return undefined;
}
