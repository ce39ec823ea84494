// @vitest-environment jsdom
import { getAllByRole, getByRole, getByTestId, queryAllByTestId } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { capturedFlow, renderToDom } from '@/test/render';
import { SecondFactorScreen } from './second-factor-screen';

// Flows of the "Email and phone as second factor" configuration (scripts/capture-sms.mjs).
const screen = (name: string) =>
  renderToDom(<SecondFactorScreen flow={capturedFlow('login', name)} />);

const before = (a: Element, b: Element) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('the 2FA screen with an email address and a phone number', () => {
  it('offers both addresses, one send button each, the phone in words and masked', async () => {
    const page = await screen('login-sms-aal2-choose');
    expect(getAllByRole(page, 'button', { name: /^(Text|Send) (a )?code to / })).toHaveLength(2);
    const text = getByRole(page, 'button', { name: /^Text a code to \+1 ••• ••• \d{4}$/ });
    expect(text.getAttribute('value')).toMatch(/^\+1415555\d{4}$/);
    getByRole(page, 'button', { name: /^Send code to sms-.*@example\.org$/ });
    // The full number is only the button's value, never its words.
    expect(page.textContent).not.toMatch(/\+1415555\d{4}/);
    expect(page.textContent).toContain('We will send you a one-time code.');
    expect(queryAllByTestId(page, 'second-factor-message')).toHaveLength(1);
  });

  it('code sent by SMS: says so with the number masked, one identifier, one-time-code field', async () => {
    const page = await screen('login-sms-code-sent');
    expect(getByTestId(page, 'second-factor').dataset.step).toBe('enter-code');
    expect(getByRole(page, 'status').textContent).toMatch(
      /^We texted a code to \+1 ••• ••• \d{4}\.$/,
    );
    expect(page.textContent).not.toContain('An email containing a code');
    const field = getByRole(page, 'textbox', { name: 'Code from the text message' });
    expect(field.getAttribute('autocomplete')).toBe('one-time-code');
    const identifiers = page.querySelectorAll('input[name="identifier"]');
    expect(identifiers).toHaveLength(1);
    expect(identifiers[0]?.getAttribute('value')).toMatch(/^\+1415555\d{4}$/);
    // Signing in as the email address, not the number.
    expect(page.textContent).toMatch(/Signing in as sms-[^ ]*@example\.org/);
    expect(
      before(getByRole(page, 'button', { name: 'Continue' }), getByTestId(page, 'resend-code')),
    ).toBe(true);
  });

  it('a wrong SMS code: one error, tied to the field', async () => {
    const page = await screen('login-sms-code-wrong');
    const messages = queryAllByTestId(page, 'second-factor-message');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.dataset.messageId).toBe('4010008');
    const field = getByRole(page, 'textbox', { name: /^Code from the / });
    expect(field.getAttribute('aria-describedby')).toBe('code-error');
  });

  it('the email chosen instead: the email wording stays', async () => {
    const page = await screen('login-sms-email-code-sent');
    getByRole(page, 'textbox', { name: 'Code from the email' });
    expect(page.textContent).not.toContain('texted');
    expect(page.querySelectorAll('input[name="identifier"]')).toHaveLength(1);
  });
});
