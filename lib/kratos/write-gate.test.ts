import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// env() is read once per process: the limit is set before the module first reads it.
beforeAll(() => {
  vi.stubEnv('KRATOS_MAX_CONCURRENT_WRITES', '2');
  vi.stubEnv('KRATOS_PUBLIC_URL', 'http://kratos.test:4433');
  vi.stubEnv('UI_URL', 'http://127.0.0.1:3000');
});
afterEach(() => vi.unstubAllGlobals());

const gate = () => import('./write-gate');

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('isKratosWrite', () => {
  it('counts posts, flow starts, mailed links, callbacks and logout as writes', async () => {
    const { isKratosWrite } = await gate();
    expect(isKratosWrite('POST', '/self-service/login')).toBe(true);
    expect(isKratosWrite('GET', '/self-service/login/browser')).toBe(true);
    expect(isKratosWrite('GET', '/self-service/verification')).toBe(true);
    expect(isKratosWrite('GET', '/self-service/methods/oidc/callback/example')).toBe(true);
    expect(isKratosWrite('GET', '/self-service/logout')).toBe(true);
  });
  it('leaves reads alone', async () => {
    const { isKratosWrite } = await gate();
    expect(isKratosWrite('GET', '/self-service/login/flows')).toBe(false);
    expect(isKratosWrite('GET', '/self-service/errors')).toBe(false);
    expect(isKratosWrite('GET', '/sessions/whoami')).toBe(false);
    expect(isKratosWrite('HEAD', '/schemas/default')).toBe(false);
  });
});

describe('isFlowStart', () => {
  it('is only a GET that starts a flow', async () => {
    const { isFlowStart } = await gate();
    expect(isFlowStart('GET', '/self-service/login/browser')).toBe(true);
    expect(isFlowStart('GET', '/self-service/registration/api')).toBe(true);
    expect(isFlowStart('POST', '/self-service/login')).toBe(false);
    expect(isFlowStart('GET', '/self-service/methods/oidc/callback/example')).toBe(false);
    expect(isFlowStart('GET', '/self-service/verification')).toBe(false);
    expect(isFlowStart('HEAD', '/self-service/login/browser')).toBe(false);
  });
});

describe('withWriteSlot', () => {
  it('runs at most the configured number at once and queues the rest in order', async () => {
    const { withWriteSlot } = await gate();
    const signal = AbortSignal.timeout(5000);
    const releases = [deferred(), deferred(), deferred(), deferred()];
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const calls = releases.map((release, i) =>
      withWriteSlot(signal, async () => {
        running += 1;
        peak = Math.max(peak, running);
        started.push(i);
        await release.promise;
        running -= 1;
        return i;
      }),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([0, 1]);
    releases[1]!.resolve();
    await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual([0, 1, 2]);
    for (const r of releases) r.resolve();
    expect(await Promise.all(calls)).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
  });

  it('gives up waiting when the timeout fires, and frees no slot it never had', async () => {
    const { withWriteSlot } = await gate();
    const hold = deferred();
    const long = AbortSignal.timeout(5000);
    const holders = [
      withWriteSlot(long, () => hold.promise),
      withWriteSlot(long, () => hold.promise),
    ];
    const impatient = new AbortController();
    const waiting = withWriteSlot(impatient.signal, async () => 'ran');
    impatient.abort(new Error('timed out'));
    await expect(waiting).rejects.toThrow('timed out');
    hold.resolve();
    await Promise.all(holders);
    // Both slots are free again: two calls run at once without waiting.
    const both = deferred();
    let running = 0;
    const again = [1, 2].map(() =>
      withWriteSlot(long, async () => {
        running += 1;
        await both.promise;
      }),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect(running).toBe(2);
    both.resolve();
    await Promise.all(again);
  });
});

// The error bodies below carry the message Kratos v1.3.1 on SQLite answered under load
// (bench/load.mjs): {"error":{"code":500,"message":"sqlite update: database is locked"}}.
describe('failedOnDatabaseLock', () => {
  it('recognises the JSON error of an API client', async () => {
    const { failedOnDatabaseLock } = await gate();
    const locked = Response.json(
      { error: { code: 500, message: 'sqlite update: database is locked' } },
      { status: 500 },
    );
    expect(await failedOnDatabaseLock(locked)).toBe(true);
    // The body is still there for the caller.
    expect(((await locked.json()) as { error: { code: number } }).error.code).toBe(500);
    const other = Response.json({ error: { code: 500, message: 'boom' } }, { status: 500 });
    expect(await failedOnDatabaseLock(other)).toBe(false);
  });

  it('looks up a fresh error behind a redirect to our own error page, nothing else', async () => {
    const { failedOnDatabaseLock } = await gate();
    const lookups: string[] = [];
    const now = new Date().toISOString();
    const old = new Date(Date.now() - 10 * 60_000).toISOString();
    vi.stubGlobal('fetch', async (url: string) => {
      lookups.push(url);
      const id = new URL(url).searchParams.get('id');
      return Response.json({
        id,
        created_at: id === 'old' ? old : now,
        error: {
          code: 500,
          message: id === 'other' ? 'boom' : 'sqlite update: database is locked',
        },
      });
    });
    const redirect = (location: string) =>
      new Response(null, { status: 303, headers: { location } });
    const locked = (location: string) => failedOnDatabaseLock(redirect(location));
    expect(await locked('http://127.0.0.1:3000/error?id=e1')).toBe(true);
    expect(await locked('http://127.0.0.1:3000/error?id=other')).toBe(false);
    // An old error (e.g. a return_to pointing at one) is not this request's.
    expect(await locked('http://127.0.0.1:3000/error?id=old')).toBe(false);
    expect(lookups).toEqual([
      'http://kratos.test:4433/self-service/errors?id=e1',
      'http://kratos.test:4433/self-service/errors?id=other',
      'http://kratos.test:4433/self-service/errors?id=old',
    ]);
    // Any other redirect is taken as it is, without a lookup.
    expect(await locked('http://127.0.0.1:3000/login?flow=x')).toBe(false);
    expect(await locked('https://evil.example/error?id=e1')).toBe(false);
    expect(await locked('http://127.0.0.1:3000/other/error?id=e1')).toBe(false);
    expect(lookups).toHaveLength(3);
  });
});

describe('gatedFetch', () => {
  const kratos = (path: string) => `http://127.0.0.1:4433${path}`;
  const START = kratos('/self-service/login/browser');
  const locked = () =>
    Response.json({ error: { code: 500, message: 'database is locked' } }, { status: 500 });

  it('sends a flow start once more after a database lock, and only once', async () => {
    const { gatedFetch } = await gate();
    let sent = 0;
    const res = await gatedFetch(async () => {
      sent += 1;
      return locked();
    })(START);
    expect([res.status, sent]).toEqual([500, 2]);
  });

  it('keeps the first answer when the second try fails', async () => {
    const { gatedFetch } = await gate();
    let sent = 0;
    const res = await gatedFetch(async () => {
      sent += 1;
      if (sent === 2) throw new Error('timed out');
      return locked();
    })(START);
    expect(sent).toBe(2);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      'database is locked',
    );
  });

  it('answers at once when the first try succeeds', async () => {
    const { gatedFetch } = await gate();
    let sent = 0;
    const res = await gatedFetch(async () => {
      sent += 1;
      return new Response(null, { status: 303, headers: { location: '/login?flow=x' } });
    })(START);
    expect([res.status, sent]).toEqual([303, 1]);
  });

  it('never resends anything but a flow start', async () => {
    const { gatedFetch } = await gate();
    let sent = 0;
    const res = await gatedFetch(async () => {
      sent += 1;
      return locked();
    })(kratos('/self-service/login?flow=x'), { method: 'POST', body: 'a=b' });
    expect([res.status, sent]).toEqual([500, 1]);
  });

  it('passes the request through unchanged (method, body, headers)', async () => {
    const { gatedFetch } = await gate();
    const seen: [RequestInfo | URL, RequestInit | undefined][] = [];
    const init = { method: 'POST', body: 'a=b', headers: { cookie: 'c=d' } };
    await gatedFetch(async (input, i) => {
      seen.push([input, i]);
      return new Response(null, { status: 200 });
    })(kratos('/self-service/settings?flow=x'), init);
    expect(seen).toEqual([[kratos('/self-service/settings?flow=x'), init]]);
  });

  it('with the switch off, sends once and reads nothing (production)', async () => {
    vi.resetModules();
    vi.stubEnv('KRATOS_MAX_CONCURRENT_WRITES', '0');
    const { gatedFetch } = await import('./write-gate');
    let sent = 0;
    const answer = locked();
    const res = await gatedFetch(async () => {
      sent += 1;
      return answer;
    })(START);
    expect([res.status, sent, res.bodyUsed]).toEqual([500, 1, false]);
    vi.stubEnv('KRATOS_MAX_CONCURRENT_WRITES', '2');
    vi.resetModules();
  });
});
