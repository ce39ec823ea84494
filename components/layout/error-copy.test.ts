import { describe, expect, it } from 'vitest';
import { describeError } from './error-copy';

describe('describeError', () => {
  it('never shows the reason of a server error (it can name internal hosts)', () => {
    const copy = describeError({
      status: 500,
      message: 'An internal server error occurred, please contact the system administrator',
      reason:
        'Unable to initialize OpenID Connect Provider: Get "http://127.0.0.1:4999/.well-known/openid-configuration": dial tcp 127.0.0.1:4999: connect: connection refused',
    });
    expect(copy).toEqual({ title: 'error.title', body: 'error.kratos.internal' });
  });

  it('words known Kratos error ids and offers the fitting way back', () => {
    expect(describeError({ status: 400, id: 'security_identity_mismatch', message: 'x' })).toEqual({
      title: 'error.title',
      body: 'error.kratos.identity-mismatch',
      action: { href: '/login', label: 'error.action.sign-in' },
    });
    expect(
      describeError({ status: 400, id: 'self_service_flow_return_to_forbidden', message: 'x' })
        .body,
    ).toBe('error.kratos.return-to-forbidden');
  });

  it('keeps the reason of other client errors as a detail', () => {
    expect(
      describeError({ status: 400, message: 'The request was malformed', reason: 'Bad code' }),
    ).toEqual({ title: 'error.title', body: 'error.kratos.bad-request', detail: 'Bad code' });
    expect(describeError({ status: 404, message: 'Not found' }).body).toBe(
      'error.kratos.not-found',
    );
  });

  it('has words for a missing or unknown error', () => {
    expect(describeError(undefined).body).toBe('error.kratos.unknown');
  });
});
