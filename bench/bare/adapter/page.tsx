// The bare floor's third variant (bench/lib/bare-floor.mjs copies it to app/login/page.tsx of
// bench/.bare/adapter, beside the CSP proxy): the same flow through our adapter (`loadFlow`: the
// fetch SDK, zod, the restart rules) as /login, rendered as a bare form. Against the CSP variant
// it isolates what the adapter costs; against ours, what our proxy.ts, root layout and
// rendering cost. Never part of the product: nothing is written into app/.
import { loadFlow } from '@/lib/kratos';

export default async function FloorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const outcome = await loadFlow('login', await searchParams);
  if (outcome.kind !== 'flow') return <p>{outcome.kind}</p>;
  const { flow } = outcome;
  return (
    <form method="post" action={flow.action}>
      {flow.nodes.map((node, i) =>
        node.attributes.nodeType === 'input' ? (
          <input
            key={i}
            name={node.attributes.name}
            type={node.attributes.type}
            defaultValue={typeof node.attributes.value === 'string' ? node.attributes.value : ''}
          />
        ) : null,
      )}
    </form>
  );
}
