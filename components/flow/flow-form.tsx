import { createElement, Fragment, type ReactElement, type ReactNode } from 'react';
import type { FlowView, UiNode } from '@/lib/kratos/types';
import { FlowMessages } from './messages';
import { groupNodes, scriptNodes } from './group';
import { FlowNode, firstErrorNode } from './node';
import { LocalePayload } from './locale-payload';
import { present } from '@/components/ui/props';

const isTextField = (n: UiNode) =>
  n.attributes.nodeType === 'input' &&
  ['text', 'number', 'password', 'email', 'tel'].includes(n.attributes.type);

/**
 * The slot a page fills to give each method group its own frame (the settings: one titled
 * section per group, with the flow's messages inside the section that was sent).
 */
export interface FlowSections {
  /** The order of the groups. */
  order: readonly string[];
  /** Where a group's form posts (the flow's action, with a fragment back to its section). */
  action: (group: string) => string;
  /** The frame around a group's form. */
  wrap: (group: string, form: ReactNode) => ReactNode;
}

/**
 * The generic, server-rendered form for any Kratos flow: one plain POST form per method group,
 * which works without JS. Without `sections` the flow's messages come first and the forms follow
 * one another; with them, each form sits in the frame the page gives it.
 */
export function FlowForm({
  flow,
  only,
  focusFirstField,
  sections,
}: {
  flow: FlowView;
  only?: string[];
  /** Focus the first field even without errors (a screen with one field to fill). */
  focusFirstField?: boolean;
  sections?: FlowSections;
}) {
  const forms = groupNodes(flow.nodes, sections?.order).filter(
    (f) => !only || only.includes(f.group),
  );
  const focus =
    firstErrorNode(flow.nodes) ??
    (focusFirstField ? forms.flatMap((f) => f.nodes).find(isTextField) : undefined);
  const scripts = scriptNodes(flow.nodes)
    .filter((n) => !only || only.includes(n.group))
    .map((node, i) => <FlowNode key={`script-${i}`} node={node} />);
  // A node every form carries (the CSRF token) and the locale payload are one element each,
  // placed in every form: Next's flight data then writes them once and refers back to them.
  const reused = new Map<UiNode, ReactElement>();
  const element = (node: UiNode, group: string) => {
    const props = {
      node,
      focus: node === focus,
      joined: node.group !== group && node.group !== 'default',
    };
    if (props.focus || props.joined) return createElement(FlowNode, props);
    let el = reused.get(node);
    if (!el) reused.set(node, (el = createElement(FlowNode, props)));
    return el;
  };
  const payload = <LocalePayload />;
  const body = forms.map(({ group, nodes, merged }) => {
    // The nodes are the form's children one by one, not a keyed list: they never reorder (a key
    // would be the index anyway), and a key on a server component costs a wrapping fragment
    // per node in Next's flight data.
    const form = createElement(
      'form',
      present({
        key: group,
        method: 'post',
        action: sections ? sections.action(group) : flow.action,
        'data-group': group,
        // Inside `.methods` a form is styled as `.methods > form` (app/globals.css): no class.
        className: sections ? 'form-stack mt-4' : undefined,
        'data-merged': merged?.join(' '),
      }),
      ...nodes.map((node) => element(node, group)),
      payload,
    );
    return sections ? <Fragment key={group}>{sections.wrap(group, form)}</Fragment> : form;
  });
  if (sections) {
    return (
      <>
        {scripts}
        {body}
      </>
    );
  }
  return (
    <div className="methods">
      <FlowMessages messages={flow.messages} />
      {scripts}
      {body}
    </div>
  );
}
