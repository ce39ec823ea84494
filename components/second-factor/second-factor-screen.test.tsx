import { describe, expect, it } from 'vitest';
import { capturedFlow, render } from '@/test/render';
import { SecondFactorScreen } from './second-factor-screen';

const screen = (name: string) =>
  render(<SecondFactorScreen flow={capturedFlow('login', name)} nonce="n" />);

const count = (html: string, needle: RegExp) => (html.match(needle) ?? []).length;

describe('SecondFactorScreen, rendered from captured flows', () => {
  it('aal2 + refresh: Kratos sends 1010003 and 1010004, the screen shows one message', async () => {
    const html = await screen('login-aal2-refresh-choose-method');
    expect(count(html, /data-testid="second-factor-message"/g)).toBe(1);
    expect(html).toContain('data-message-id="1010004"');
    expect(html).not.toContain('data-message-id="1010003"');
    expect(html).toContain('data-step="choose"');
  });

  it('choose step: one send button per address, in a real form', async () => {
    const html = await screen('login-aal2-choose-method');
    expect(html).toMatch(
      /<form [^>]*action="\/kratos\/self-service\/login\?flow=[^"]+" method="post"/,
    );
    expect(count(html, /name="address"/g)).toBeGreaterThanOrEqual(1);
    expect(html).toContain('Send code to');
  });

  it('code step: the code field, Continue before Resend, and the sent message', async () => {
    const html = await screen('login-code-sent');
    expect(html).toContain('data-step="enter-code"');
    expect(html).toContain('autoComplete="one-time-code"');
    expect(html).toContain('inputMode="numeric"');
    const continueAt = html.indexOf('>Continue<');
    const resendAt = html.indexOf('data-testid="resend-code"');
    expect(continueAt).toBeGreaterThan(0);
    expect(resendAt).toBeGreaterThan(continueAt);
    expect(count(html, /data-testid="second-factor-message"/g)).toBe(1);
  });

  it('a wrong code: the error is tied to the field', async () => {
    const html = await screen('login-code-wrong');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="code-error"');
    expect(html).toContain('role="alert"');
  });
});
