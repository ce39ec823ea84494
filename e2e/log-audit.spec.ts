import { readFileSync } from 'node:fs';
import { expect, extractCode, test, TEST_PASSWORD, MAIL_API_URL } from './fixtures';
import type { Mail } from './fixtures';

// Runs after the whole suite: the UI's logs of that run hold no password, code, token or cookie.
const LOG = process.env.E2E_UI_LOG ?? '.stack/logs/ui.log';

test.describe('server logs @local-stack', () => {
  test('are JSON with request ids and leak no secrets', async () => {
    const text = readFileSync(LOG, 'utf8');
    const lines = text.split('\n').filter((l) => l.startsWith('{'));
    const calls = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'kratos call' || l.msg === 'kratos proxy');
    expect(calls.length).toBeGreaterThan(100);
    expect(
      calls.every((c) => typeof c.requestId === 'string' && (c.requestId as string).length > 0),
    ).toBe(true);

    const mails = (await (await fetch(`${MAIL_API_URL}/api/email`)).json()) as Mail[];
    const codes = mails.flatMap((m) => {
      try {
        return [extractCode(m)];
      } catch {
        return [];
      }
    });
    expect(codes.length).toBeGreaterThan(20);
    // A six-digit code is also found inside random hex (request ids): only a standalone one counts.
    for (const code of codes) {
      expect(text, `code ${code} in the log`).not.toMatch(
        new RegExp(`(?<![0-9a-f])${code}(?![0-9a-f])`),
      );
    }
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toMatch(/ory_kratos_session=|csrf_token_[0-9a-f]{16,}=/);
  });
});
