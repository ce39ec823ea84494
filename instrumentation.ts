// Runs once when the server starts, before it answers any request.
export async function register() {
  // Next inlines NEXT_RUNTIME at build time (this must stay a literal process.env read).
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installRequestGuard } = await import('@/lib/request-guard');
  const { env } = await import('@/lib/env');
  installRequestGuard(env().TRUSTED_PROXY_HOPS);
  const { connectLimitStore } = await import('@/lib/limits/store');
  await connectLimitStore();
}
