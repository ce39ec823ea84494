// @vitest-environment jsdom
import { getAllByRole, getByLabelText, getByRole } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { capturedFlow, renderToDom } from '@/test/render';
import { FlowForm } from './flow-form';

describe('FlowForm, rendered from captured flows', () => {
  it('a login flow: real POST forms to the proxy, with the CSRF token in each', async () => {
    const page = await renderToDom(<FlowForm flow={capturedFlow('login', 'login-flow-aal1')} />);
    const forms = [...page.querySelectorAll('form')];
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      expect(form.getAttribute('method')).toBe('post');
      expect(form.getAttribute('action')).toMatch(/^\/kratos\/self-service\/login\?flow=/);
      expect(form.querySelectorAll('input[name="csrf_token"]')).toHaveLength(1);
    }
    getByRole(page, 'textbox', { name: 'E-Mail' });
    expect(getByLabelText(page, 'Password').getAttribute('type')).toBe('password');
    expect(getAllByRole(page, 'button', { name: /^Sign in/ }).length).toBeGreaterThan(0);
  });

  it('a registration flow: fields labelled, password field present', async () => {
    const page = await renderToDom(
      <FlowForm flow={capturedFlow('registration', 'registration-flow')} />,
    );
    expect(getByRole(page, 'textbox', { name: 'E-Mail' }).getAttribute('name')).toBe(
      'traits.email',
    );
    expect(getByLabelText(page, 'Password').getAttribute('name')).toBe('password');
  });

  it("an app's login (Hydra challenge) prefills the app's login_hint", async () => {
    const page = await renderToDom(<FlowForm flow={capturedFlow('login', 'login-flow-oauth2')} />);
    expect((getByRole(page, 'textbox', { name: 'E-Mail' }) as HTMLInputElement).value).toBe(
      'fixture@example.org',
    );
  });
});
