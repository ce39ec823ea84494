// Liveness of the UI process itself; never touches Kratos.
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
