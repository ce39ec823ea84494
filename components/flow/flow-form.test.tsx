import { describe, expect, it } from 'vitest';
import { capturedFlow, render } from '@/test/render';
import { FlowForm } from './flow-form';

describe('FlowForm, rendered from captured flows', () => {
  it('a login flow: real POST forms to the proxy, with the CSRF token in each', async () => {
    const flow = capturedFlow('login', 'login-flow-aal1');
    const html = await render(<FlowForm flow={flow} />);
    const forms = html.match(/<form [^>]*>/g) ?? [];
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      expect(form).toContain('method="post"');
      expect(form).toMatch(/action="\/kratos\/self-service\/login\?flow=[^"]+"/);
    }
    expect((html.match(/name="csrf_token"/g) ?? []).length).toBe(forms.length);
    expect(html).toMatch(/<label[^>]*for="field-identifier"/);
    expect(html).toContain('type="password"');
  });

  it('a registration flow: fields labelled, password field present', async () => {
    const flow = capturedFlow('registration', 'registration-flow');
    const html = await render(<FlowForm flow={flow} />);
    expect(html).toMatch(/<label[^>]*for="field-traits.email"/);
    expect(html).toContain('name="password"');
  });

  it("an app's login (Hydra challenge) prefills the app's login_hint", async () => {
    const flow = capturedFlow('login', 'login-flow-oauth2');
    const html = await render(<FlowForm flow={flow} />);
    expect(html).toContain('value="fixture@example.org"');
  });
});
