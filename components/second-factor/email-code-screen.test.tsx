import { describe, expect, it } from 'vitest';
import { capturedFlow, render } from '@/test/render';
import { awaitsEmailCode } from '@/lib/factors/factors';
import { EmailCodeScreen } from './email-code-screen';

const count = (html: string, needle: RegExp) => (html.match(needle) ?? []).length;

describe('EmailCodeScreen (passwordless code, captured from a Kratos with passwordless_enabled)', () => {
  it('only a flow that waits for a code gets it', () => {
    expect(awaitsEmailCode(capturedFlow('login', 'login-passwordless-flow'))).toBe(false);
    expect(awaitsEmailCode(capturedFlow('login', 'login-passwordless-sent'))).toBe(true);
    expect(awaitsEmailCode(capturedFlow('registration', 'registration-passwordless-flow'))).toBe(
      false,
    );
    expect(awaitsEmailCode(capturedFlow('registration', 'registration-passwordless-sent'))).toBe(
      true,
    );
  });

  it('sign-in: "We sent a code to …", the field, Continue before Resend, in a real form', async () => {
    const html = await render(
      <EmailCodeScreen flow={capturedFlow('login', 'login-passwordless-sent')} />,
    );
    expect(html).toMatch(/We sent a code to capture-[^<]+@example\.org\./);
    expect(html).toContain('data-message-id="1010014"');
    expect(count(html, /data-testid="second-factor-message"/g)).toBe(1);
    expect(html).toMatch(
      /<form [^>]*action="\/kratos\/self-service\/login\?flow=[^"]+" method="post"/,
    );
    expect(html).toContain('autoComplete="one-time-code"');
    const continueAt = html.indexOf('>Continue<');
    expect(continueAt).toBeGreaterThan(0);
    expect(html.indexOf('data-testid="resend-code"')).toBeGreaterThan(continueAt);
    expect(html).toContain('>Sign in<');
  });

  it('a wrong code: the error on the field, no "sent" line', async () => {
    const html = await render(
      <EmailCodeScreen flow={capturedFlow('login', 'login-passwordless-wrong')} />,
    );
    expect(html).toContain('data-message-id="4010008"');
    expect(html).toContain('aria-describedby="code-error"');
    expect(html).not.toContain('We sent a code');
  });

  it('registration: the address being registered, and its own wrong-code error', async () => {
    const flow = capturedFlow('registration', 'registration-passwordless-sent');
    const html = await render(<EmailCodeScreen flow={flow} account="newcomer@example.org" />);
    expect(html).toContain('We sent a code to newcomer@example.org.');
    expect(html).toContain('>Create an account<');
    expect(html).toContain('name="traits.email"');
    const wrong = await render(
      <EmailCodeScreen flow={capturedFlow('registration', 'registration-passwordless-wrong')} />,
    );
    expect(wrong).toContain('data-message-id="4040003"');
    expect(wrong).toContain('aria-invalid="true"');
  });
});
