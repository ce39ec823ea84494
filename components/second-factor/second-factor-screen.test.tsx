// @vitest-environment jsdom
import {
  getAllByRole,
  getByRole,
  getByTestId,
  queryAllByTestId,
  queryByRole,
} from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { capturedFlow, renderToDom } from '@/test/render';
import { SecondFactorScreen } from './second-factor-screen';

const screen = (name: string, props: { requested?: string; remembered?: string } = {}) =>
  renderToDom(<SecondFactorScreen flow={capturedFlow('login', name)} {...props} />);

/** Is `a` before `b` in tree order (what Enter in a form submits first)? */
const before = (a: Element, b: Element) =>
  Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('SecondFactorScreen, rendered from captured flows', () => {
  it('aal2 + refresh: Kratos sends 1010003 and 1010004, the screen shows one message', async () => {
    const page = await screen('login-aal2-refresh-choose-method');
    const messages = queryAllByTestId(page, 'second-factor-message');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.dataset.messageId).toBe('1010004');
    expect(getByTestId(page, 'second-factor').dataset.step).toBe('choose');
  });

  it('choose step: one send button per address, in a real form', async () => {
    const page = await screen('login-aal2-choose-method');
    const send = getAllByRole(page, 'button', { name: /^Send code to / });
    expect(send.length).toBeGreaterThanOrEqual(1);
    const form = send[0]?.closest('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toMatch(/^\/kratos\/self-service\/login\?flow=/);
    expect(send[0]?.getAttribute('name')).toBe('address');
  });

  it('code step: the code field, Continue before Resend, and the sent message', async () => {
    const page = await screen('login-code-sent');
    expect(getByTestId(page, 'second-factor').dataset.step).toBe('enter-code');
    const field = getByRole(page, 'textbox', { name: 'Code from the email' });
    expect(field.getAttribute('autocomplete')).toBe('one-time-code');
    expect(field.getAttribute('inputmode')).toBe('numeric');
    const continueButton = getByRole(page, 'button', { name: 'Continue' });
    expect(before(continueButton, getByTestId(page, 'resend-code'))).toBe(true);
    expect(queryAllByTestId(page, 'second-factor-message')).toHaveLength(1);
  });

  it('a wrong code: the error is tied to the field', async () => {
    const page = await screen('login-code-wrong');
    const field = getByRole(page, 'textbox', { name: 'Code from the email' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('code-error');
    expect(getByRole(page, 'alert').id).toBe('code-error');
  });
});

describe('SecondFactorScreen with several factors', () => {
  it('opens on the authenticator-code field, the others listed by name', async () => {
    const page = await screen('login-aal2-several-factors');
    expect(getByTestId(page, 'second-factor').dataset.factor).toBe('totp');
    expect(page.querySelector('input[name="totp_code"]')).not.toBeNull();
    expect(page.querySelector('input[name="lookup_secret"]')).toBeNull();
    expect(queryAllByTestId(page, 'send-code')).toHaveLength(0);
    expect(getByTestId(page, 'other-methods').querySelector('summary')?.textContent).toBe(
      'Use another method',
    );
    getByRole(page, 'button', { name: /^Email a code to c…@example\.org/ });
    const backup = getByRole(page, 'link', { name: 'Backup code' });
    expect(backup.getAttribute('href')).toMatch(/^\/login\?flow=[^&]+&method=lookup_secret$/);
    expect(queryByRole(page, 'link', { name: 'Authenticator app' })).toBeNull();
  });

  it('a backup code picked from the list: its own step, the app listed instead', async () => {
    const page = await screen('login-aal2-several-factors', { requested: 'lookup_secret' });
    expect(getByTestId(page, 'second-factor').dataset.factor).toBe('lookup_secret');
    expect(page.querySelector('input[name="lookup_secret"]')).not.toBeNull();
    getByRole(page, 'link', { name: 'Authenticator app' });
  });

  it('a wrong authenticator code: one error, on the field', async () => {
    const page = await screen('login-totp-wrong', { remembered: 'code' });
    expect(getByTestId(page, 'second-factor').dataset.factor).toBe('totp');
    const text = page.textContent ?? '';
    expect(text.split('The provided authentication code is invalid').length - 1).toBe(1);
    expect(page.querySelector('input[name="totp_code"]')?.getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(queryAllByTestId(page, 'second-factor-message')).toHaveLength(0);
  });

  it('remembered email code: the send step, with the app in the list', async () => {
    const page = await screen('login-aal2-several-factors', { remembered: 'code' });
    expect(getByTestId(page, 'second-factor').dataset.step).toBe('choose');
    expect(queryAllByTestId(page, 'send-code').length).toBeGreaterThan(0);
    getByRole(page, 'link', { name: 'Authenticator app' });
  });

  it('after sending, a way to another method through a fresh flow', async () => {
    const page = await screen('login-several-factors-code-sent');
    expect(getByTestId(page, 'second-factor').dataset.step).toBe('enter-code');
    const link = getByRole(page, 'link', { name: 'Use another method instead' });
    expect(link.getAttribute('href')).toBe('/start/login?aal=aal2');
  });
});
