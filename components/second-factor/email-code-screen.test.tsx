// @vitest-environment jsdom
import { getByRole, getByTestId, queryAllByTestId, queryByText } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { capturedFlow, renderToDom } from '@/test/render';
import { awaitsEmailCode } from '@/lib/factors/factors';
import { EmailCodeScreen } from './email-code-screen';

const before = (a: Element, b: Element) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

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
    const page = await renderToDom(
      <EmailCodeScreen flow={capturedFlow('login', 'login-passwordless-sent')} />,
    );
    const messages = queryAllByTestId(page, 'second-factor-message');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.dataset.messageId).toBe('1010014');
    expect(getByRole(page, 'status').textContent).toMatch(
      /^We sent a code to capture-.+@example\.org\.$/,
    );
    const field = getByRole(page, 'textbox', { name: 'Code from the email' });
    expect(field.getAttribute('autocomplete')).toBe('one-time-code');
    const form = field.closest('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toMatch(/^\/kratos\/self-service\/login\?flow=/);
    const continueButton = getByRole(page, 'button', { name: 'Continue' });
    expect(before(continueButton, getByTestId(page, 'resend-code'))).toBe(true);
    getByRole(page, 'heading', { name: 'Sign in' });
  });

  it('a wrong code: the error on the field, no "sent" line', async () => {
    const page = await renderToDom(
      <EmailCodeScreen flow={capturedFlow('login', 'login-passwordless-wrong')} />,
    );
    expect(getByTestId(page, 'second-factor-message').dataset.messageId).toBe('4010008');
    const field = getByRole(page, 'textbox', { name: 'Code from the email' });
    expect(field.getAttribute('aria-describedby')).toBe('code-error');
    expect(queryByText(page, /We sent a code/)).toBeNull();
  });

  it('registration: the address being registered, and its own wrong-code error', async () => {
    const flow = capturedFlow('registration', 'registration-passwordless-sent');
    const page = await renderToDom(<EmailCodeScreen flow={flow} account="newcomer@example.org" />);
    expect(getByRole(page, 'status').textContent).toBe('We sent a code to newcomer@example.org.');
    getByRole(page, 'heading', { name: 'Create an account' });
    expect(page.querySelector('input[name="traits.email"]')).not.toBeNull();
    const wrong = await renderToDom(
      <EmailCodeScreen flow={capturedFlow('registration', 'registration-passwordless-wrong')} />,
    );
    expect(getByTestId(wrong, 'second-factor-message').dataset.messageId).toBe('4040003');
    const field = getByRole(wrong, 'textbox', { name: 'Code from the email' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});
