// The floor page (bench fixture, never part of the product): the same flow through the same
// adapter as /login, rendered as a bare form with no components, no translation and no brand
// frame. bench/peer.mjs copies it to app/bench-floor/page.tsx for one build in its own dist
// dir (.next-floor) and removes it again. Its cost is what Next and the adapter cost alone.
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
