// The bare App Router floor: one page that fetches the login flow with plain fetch and renders
// its input nodes in a form. No SDK, no zod, no i18n, no brand: what Next costs by itself.
import { headers } from 'next/headers';

const KRATOS = (process.env.KRATOS_PUBLIC_URL || 'http://127.0.0.1:4433').replace(/\/+$/, '');

export default async function Login({ searchParams }) {
  const { flow } = await searchParams;
  const cookie = (await headers()).get('cookie') ?? '';
  const res = await fetch(
    `${KRATOS}/self-service/login/flows?id=${encodeURIComponent(flow ?? '')}`,
    {
      headers: { cookie, accept: 'application/json' },
      cache: 'no-store',
    },
  );
  if (!res.ok) return <p>Flow {res.status}</p>;
  const { ui } = await res.json();
  return (
    <form method="post" action={ui.action}>
      {ui.nodes
        .filter((n) => n.type === 'input')
        .map((n) => (
          <label key={`${n.attributes.name}-${n.attributes.value ?? ''}`}>
            {n.meta?.label?.text}
            <input
              name={n.attributes.name}
              type={n.attributes.type}
              defaultValue={n.attributes.type === 'submit' ? undefined : n.attributes.value}
              value={n.attributes.type === 'submit' ? n.attributes.value : undefined}
              required={n.attributes.required}
              readOnly={n.attributes.type === 'submit' ? true : undefined}
            />
          </label>
        ))}
    </form>
  );
}
