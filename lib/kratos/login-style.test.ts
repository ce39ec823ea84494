import { describe, expect, it } from 'vitest';
import { capturedFlow } from '@/test/render';
import { identifierFirstAccount } from './login-style';

const flow = (name: string) => capturedFlow('login', name);

describe('identifierFirstAccount', () => {
  it('the first step asks; there is no account yet', () => {
    expect(identifierFirstAccount(flow('login-idfirst-identify'))).toBeUndefined();
  });
  it('the second step: the account typed, known or not (enumeration mitigated)', () => {
    expect(identifierFirstAccount(flow('login-idfirst-known'))).toMatch(
      /^capture-.*@example\.org$/,
    );
    expect(identifierFirstAccount(flow('login-idfirst-unknown'))).toMatch(
      /^nobody-.*@example\.org$/,
    );
  });
  it('unified login has none', () => {
    expect(identifierFirstAccount(flow('login-flow-aal1'))).toBeUndefined();
  });
});
