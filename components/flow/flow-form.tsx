import { FormPending } from '@/components/ui/form-pending';
import type { FlowView } from '@/lib/kratos/types';
import { FlowMessages } from './messages';
import { groupNodes } from './group';
import { FlowNode } from './node';

/** The generic, server-rendered form for any Kratos flow: plain POSTs that work without JS. */
export function FlowForm({
  flow,
  nonce,
  only,
}: {
  flow: FlowView;
  nonce?: string;
  only?: string[];
}) {
  const forms = groupNodes(flow.nodes).filter((f) => !only || only.includes(f.group));
  return (
    <div className="flex flex-col gap-6">
      <FlowMessages messages={flow.messages} />
      {forms.map(({ group, nodes }) => (
        <form
          key={group}
          method="post"
          action={flow.action}
          className="flex flex-col gap-4"
          data-group={group}
        >
          {nodes.map((node, i) => (
            <FlowNode key={`${group}-${i}`} node={node} nonce={nonce} />
          ))}
          <FormPending />
        </form>
      ))}
    </div>
  );
}
