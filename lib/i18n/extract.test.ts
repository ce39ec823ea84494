import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORY_KEYS } from './ory-keys';
import { oryIndex, root } from './test/ory-catalogs';

const script = path.join(root, 'scripts/extract-ory-locales.mjs');
const run = (...args: string[]) =>
  execFileSync(process.execPath, [script, ...args], { encoding: 'utf8' });
const catalog = (l: string) => path.join(root, 'lib/i18n/catalogs/ory', `${l}.json`);

describe('scripts/extract-ory-locales.mjs', () => {
  it('wrote one catalog per Ory locale: Kratos messages, field names, the consent screen and the UI strings we reuse', () => {
    const index = oryIndex();
    expect(index.source).toMatch(/^@ory\/elements-react@\d/);
    expect(index.locales.length).toBeGreaterThan(50);
    const de = JSON.parse(readFileSync(catalog('de'), 'utf8')) as Record<string, string>;
    expect(de['identities.messages.1010023']).toBe('Code an {address} senden');
    const reused = new Set(Object.values(ORY_KEYS));
    expect(
      Object.keys(de).filter(
        (k) =>
          !reused.has(k) &&
          !/^(identities\.messages\.\d+|property\.\w+|consent\.[\w.-]+|login\.[\w.-]+)$/.test(k),
      ),
    ).toEqual([]);
    expect(de['consent.scope.email.title']).toBeTruthy();
    for (const key of reused) expect(de[key], key).toBeTruthy();
    expect(de['card.footer.select-another-method']).toBe('Eine andere Methode verwenden');
    expect(de['login.totp.subtitle']).toBeTruthy();
  });

  it('is idempotent: a re-run reports up to date and a forced one rewrites nothing', () => {
    const before = statSync(catalog('de')).mtimeMs;
    expect(run()).toMatch(/up to date/);
    expect(run('--force')).toMatch(/0 written/);
    expect(statSync(catalog('de')).mtimeMs).toBe(before);
  });
});
