import { FormPending } from '@/components/ui/form-pending';
import type { FlowView } from '@/lib/kratos/types';
import { FlowMessages } from './messages';
import { groupNodes, scriptNodes } from './group';
import { FlowNode, firstErrorNode } from './node';
import { LocalePayload } from './locale-payload';
import type { UiNode } from '@/lib/kratos/types';

const isTextField = (n: UiNode) =>
  n.attributes.nodeType === 'input' &&
  ['text', 'number', 'password', 'email', 'tel'].includes(n.attributes.type);

/** The generic, server-rendered form for any Kratos flow: plain POSTs that work without JS. */
export function FlowForm({
  flow,
  only,
  focusFirstField,
}: {
  flow: FlowView;
  only?: string[];
  /** Focus the first field even without errors (a screen with one field to fill). */
  focusFirstField?: boolean;
}) {
  const forms = groupNodes(flow.nodes).filter((f) => !only || only.includes(f.group));
  const focus =
    firstErrorNode(flow.nodes) ??
    (focusFirstField ? forms.flatMap((f) => f.nodes).find(isTextField) : undefined);
  const scripts = scriptNodes(flow.nodes).filter((n) => !only || only.includes(n.group));
  return (
    <div className="flex flex-col gap-6">
      <FlowMessages messages={flow.messages} />
      {scripts.map((node, i) => (
        <FlowNode key={`script-${i}`} node={node} />
      ))}
      {forms.map(({ group, nodes, merged }) => (
        <form
          key={group}
          method="post"
          action={flow.action}
          className="flex flex-col gap-4"
          data-group={group}
          data-merged={merged?.join(' ')}
        >
          {nodes.map((node, i) => (
            <FlowNode
              key={`${group}-${i}`}
              node={node}

              focus={node === focus}
              joined={node.group !== group && node.group !== 'default'}
            />
          ))}
          <LocalePayload />
          <FormPending />
        </form>
      ))}
    </div>
  );
}
