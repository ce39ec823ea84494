import { describe, expect, it } from 'vitest';
import { bodyFields, classify } from './classify';

const q = (flow = 'f1') => new URLSearchParams({ flow });
const form = (o: Record<string, string>) =>
  bodyFields('application/x-www-form-urlencoded', new URLSearchParams(o).toString());
const login = ['self-service', 'login'];

describe('what the limits count', () => {
  it('the 2FA send button, a resend and a first-factor code are messages to their address', () => {
    expect(
      classify('POST', login, q(), form({ csrf_token: 't', address: 'J@Example.org ' })),
    ).toEqual({ kind: 'message', flow: 'login', flowId: 'f1', target: 'j@example.org' });
    const resend = form({ method: 'code', resend: 'code', identifier: 'j@example.org', code: '' });
    expect(classify('POST', login, q(), resend)).toMatchObject({
      kind: 'message',
      target: 'j@example.org',
    });
    expect(
      classify('POST', login, q(), form({ method: 'code', identifier: '+1 555 0100 4567' })),
    ).toMatchObject({ kind: 'message', target: '+1 555 0100 4567' });
  });

  it('a code typed in is checked, not sent', () => {
    const verify = form({ method: 'code', code: '123456', identifier: 'j@example.org' });
    expect(classify('POST', login, q(), verify)).toEqual({ kind: 'none' });
  });

  it('recovery, verification and registration by code, in form or JSON bodies', () => {
    for (const flow of ['recovery', 'verification']) {
      expect(
        classify('POST', ['self-service', flow], q(), form({ method: 'code', email: 'a@b.c' })),
      ).toMatchObject({ kind: 'message', flow, target: 'a@b.c' });
    }
    const json = bodyFields(
      'application/json',
      JSON.stringify({ method: 'code', traits: { email: 'New@B.c', name: { first: 'A' } } }),
    );
    expect(classify('POST', ['self-service', 'registration'], q(), json)).toMatchObject({
      kind: 'message',
      target: 'new@b.c',
    });
  });

  it('passwords, and settings saves that may add an address', () => {
    expect(
      classify(
        'POST',
        login,
        q(),
        form({ method: 'password', identifier: 'A@b.c', password: 'x' }),
      ),
    ).toEqual({ kind: 'password', flowId: 'f1', identifier: 'a@b.c' });
    expect(
      classify(
        'POST',
        ['self-service', 'settings'],
        q(),
        form({ method: 'profile', 'traits.email': 'x@y.z' }),
      ),
    ).toEqual({ kind: 'profile', flowId: 'f1', addresses: ['x@y.z'] });
    expect(
      classify(
        'POST',
        ['self-service', 'settings'],
        q(),
        form({ method: 'password', password: 'x' }),
      ),
    ).toEqual({ kind: 'none' });
  });

  it('reads, other paths and other bodies count nothing', () => {
    expect(classify('GET', login, q(), {})).toEqual({ kind: 'none' });
    expect(classify('POST', ['sessions'], q(), form({ address: 'a@b.c' }))).toEqual({
      kind: 'none',
    });
    expect(classify('POST', ['self-service', 'login', 'browser'], q(), {})).toEqual({
      kind: 'none',
    });
    expect(bodyFields('application/json', '{not json')).toEqual({});
    expect(bodyFields('text/plain', 'address=a@b.c')).toEqual({});
  });
});
