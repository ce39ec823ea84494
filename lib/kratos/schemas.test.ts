import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemasVerifyPhones } from './schemas';

// The schemas the repo ships, listed as Kratos's public /schemas lists them ({ id, schema }).
const listed = (file: string) => [
  { id: 'default', schema: JSON.parse(readFileSync(`kratos/${file}`, 'utf8')) },
];

describe('schemasVerifyPhones', () => {
  it('finds verification via sms in the SMS schema, not in the default one', () => {
    expect(schemasVerifyPhones(listed('identity.sms.schema.json'))).toBe(true);
    expect(schemasVerifyPhones(listed('identity.schema.json'))).toBe(false);
    expect(schemasVerifyPhones(null)).toBe(false);
  });
});
