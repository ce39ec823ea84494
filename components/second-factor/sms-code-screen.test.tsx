import { describe, expect, it } from 'vitest';
import { capturedFlow, render } from '@/test/render';
import { SecondFactorScreen } from './second-factor-screen';

// Flows of the "Email and phone as second factor" configuration (scripts/capture-sms.mjs).
const screen = (name: string) => render(<SecondFactorScreen flow={capturedFlow('login', name)} />);

const count = (html: string, needle: RegExp) => (html.match(needle) ?? []).length;

describe('the 2FA screen with an email address and a phone number', () => {
  it('offers both addresses, one send button each, the phone in words and masked', async () => {
    const html = await screen('login-sms-aal2-choose');
    expect(count(html, /data-testid="send-code"/g)).toBe(2);
    expect(html).toMatch(/Text a code to \+1 ••• ••• \d{4}/);
    expect(html).toMatch(/Send code to sms-[^<]*@example\.org/);
    // The full number is only the button's value, never its words.
    expect(html).not.toMatch(/>[^<]*\+1415555\d{4}[^<]*</);
    expect(html).toContain('We will send you a one-time code.');
    expect(count(html, /data-testid="second-factor-message"/g)).toBe(1);
  });

  it('code sent by SMS: says so with the number masked, one identifier, one-time-code field', async () => {
    const html = await screen('login-sms-code-sent');
    expect(html).toContain('data-step="enter-code"');
    expect(html).toMatch(/We texted a code to \+1 ••• ••• \d{4}\./);
    expect(html).not.toContain('An email containing a code');
    expect(html).toContain('Code from the text message');
    expect(html).toContain('autoComplete="one-time-code"');
    expect(count(html, /name="identifier"/g)).toBe(1);
    expect(html).toMatch(/name="identifier" value="\+1415555\d{4}"/);
    // Signing in as the email address, not the number.
    expect(html).toMatch(/Signing in as sms-[^<]*@example\.org/);
    const continueAt = html.indexOf('>Continue<');
    expect(html.indexOf('data-testid="resend-code"')).toBeGreaterThan(continueAt);
  });

  it('a wrong SMS code: one error, tied to the field', async () => {
    const html = await screen('login-sms-code-wrong');
    expect(count(html, /data-testid="second-factor-message"/g)).toBe(1);
    expect(html).toContain('data-message-id="4010008"');
    expect(html).toContain('aria-describedby="code-error"');
  });

  it('the email chosen instead: the email wording stays', async () => {
    const html = await screen('login-sms-email-code-sent');
    expect(html).toContain('Code from the email');
    expect(html).not.toContain('texted');
    expect(count(html, /name="identifier"/g)).toBe(1);
  });
});
