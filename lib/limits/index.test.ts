import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The limits with their production defaults, counted in memory (no REDIS_URL), on a fake clock.
async function load() {
  vi.resetModules();
  return import('./index');
}

describe('the limits (in memory, production defaults)', () => {
  beforeEach(() => {
    // Our own clock (test/clock-shift.ts may have moved Date already).
    vi.useRealTimers();
    vi.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z') });
    delete process.env.REDIS_URL;
  });
  afterEach(() => vi.useRealTimers());

  it('one address: no two messages within 30 s, at most 5 in 15 minutes', async () => {
    const { limitMessage } = await load();
    expect(await limitMessage('a@b.c', '192.0.2.1')).toBeUndefined();
    expect(await limitMessage('a@b.c', '198.51.100.9')).toMatchObject({
      reason: 'address',
      retryAfterSeconds: 30,
      target: 'a@b.c',
    });
    for (let i = 2; i <= 5; i++) {
      vi.advanceTimersByTime(30_000);
      expect(await limitMessage('a@b.c', '192.0.2.1'), `message ${i}`).toBeUndefined();
    }
    vi.advanceTimersByTime(30_000);
    const sixth = await limitMessage('a@b.c', '192.0.2.1');
    expect(sixth?.reason).toBe('address');
    expect(sixth?.retryAfterSeconds).toBeGreaterThan(600);
    // Another address is not affected.
    expect(await limitMessage('d@e.f', '192.0.2.1')).toBeUndefined();
  });

  it('one client: at most 30 messages in 10 minutes across addresses', async () => {
    const { limitMessage } = await load();
    for (let i = 0; i < 30; i++)
      expect(await limitMessage(`u${i}@b.c`, '192.0.2.7')).toBeUndefined();
    expect(await limitMessage('u30@b.c', '192.0.2.7')).toMatchObject({ reason: 'client' });
    expect(await limitMessage('u31@b.c', '192.0.2.8')).toBeUndefined();
  });

  it('passwords: free failures, then a doubling wait per account and client; success forgets', async () => {
    const { limitPassword, recordPassword } = await load();
    for (let i = 0; i < 5; i++) {
      expect(await limitPassword('a@b.c', '192.0.2.1')).toBeUndefined();
      await recordPassword('a@b.c', '192.0.2.1', false);
    }
    expect(await limitPassword('a@b.c', '192.0.2.1')).toEqual({
      reason: 'password',
      retryAfterSeconds: 1,
    });
    // A stranger elsewhere does not lock the owner out: another client is not waiting.
    expect(await limitPassword('a@b.c', '203.0.113.5')).toBeUndefined();
    vi.advanceTimersByTime(1000);
    await recordPassword('a@b.c', '192.0.2.1', false);
    expect(await limitPassword('a@b.c', '192.0.2.1')).toEqual({
      reason: 'password',
      retryAfterSeconds: 2,
    });
    vi.advanceTimersByTime(2000);
    await recordPassword('a@b.c', '192.0.2.1', true);
    expect(await limitPassword('a@b.c', '192.0.2.1')).toBeUndefined();
  });
});
