import { describe, expect, it } from 'vitest';
import { capturedFlow, render } from '@/test/render';
import { SecondFactorScreen } from './second-factor-screen';

const screen = (name: string) => render(<SecondFactorScreen flow={capturedFlow('login', name)} />);

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

describe('SecondFactorScreen with several factors', () => {
  const several = (name: string, props: { requested?: string; remembered?: string } = {}) =>
    render(<SecondFactorScreen flow={capturedFlow('login', name)} {...props} />);

  it('opens on the authenticator-code field, the others listed by name', async () => {
    const html = await several('login-aal2-several-factors');
    expect(html).toContain('data-factor="totp"');
    expect(html).toContain('name="totp_code"');
    expect(html).not.toContain('name="lookup_secret"');
    expect(html).not.toContain('data-testid="send-code"');
    expect(html).toContain('>Use another method<');
    expect(html).toMatch(/Email a code to c…@example\.org/);
    expect(html).toContain('>Backup code<');
    expect(html).toMatch(/href="\/login\?flow=[^"&]+&amp;method=lookup_secret"/);
    expect(html).not.toContain('>Authenticator app<');
  });

  it('a backup code picked from the list: its own step, the app listed instead', async () => {
    const html = await several('login-aal2-several-factors', { requested: 'lookup_secret' });
    expect(html).toContain('data-factor="lookup_secret"');
    expect(html).toContain('name="lookup_secret"');
    expect(html).toContain('>Authenticator app<');
  });

  it('a wrong authenticator code: one error, on the field', async () => {
    const html = await several('login-totp-wrong', { remembered: 'code' });
    expect(html).toContain('data-factor="totp"');
    expect(count(html, /The provided authentication code is invalid/g)).toBe(1);
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('data-testid="second-factor-message"');
  });

  it('remembered email code: the send step, with the app in the list', async () => {
    const html = await several('login-aal2-several-factors', { remembered: 'code' });
    expect(html).toContain('data-step="choose"');
    expect(html).toContain('data-testid="send-code"');
    expect(html).toContain('>Authenticator app<');
  });

  it('after sending, a way to another method through a fresh flow', async () => {
    const html = await several('login-several-factors-code-sent');
    expect(html).toContain('data-step="enter-code"');
    expect(html).toMatch(/href="\/start\/login\?aal=aal2"[^>]*>Use another method instead</);
  });
});
