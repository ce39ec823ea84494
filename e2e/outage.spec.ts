import {
  enterCode,
  expect,
  secondFactor,
  sendCode,
  signInWithPassword,
  test,
  whoami,
} from './fixtures';
import { stackControl } from './fixtures/env';

const kratos = (action: 'stop' | 'start') => stackControl('kratos', action);

// Stopping Kratos affects every test running at the same time, so this file runs alone.
test.describe.configure({ mode: 'serial' });

test.describe('Kratos outage @local-stack', () => {
  test.afterEach(async () => {
    await kratos('start');
  });

  test('every page answers 503 quickly, and the same tab completes the login after a restart', async ({
    page,
    user,
  }) => {
    await signInWithPassword(page, user);
    await expect(secondFactor(page)).toBeVisible();
    const flowUrl = page.url();

    await kratos('stop');
    for (const path of [
      '/',
      '/login',
      '/registration',
      '/settings',
      '/verification',
      '/recovery',
      flowUrl,
    ]) {
      const started = Date.now();
      const res = await page.goto(path);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(res?.status(), path).toBe(503);
      await expect(page.getByRole('heading', { name: 'Temporarily unavailable' })).toBeVisible();
      await expect(page.locator('body')).not.toContainText(/at .*\.js|Error:|stack/i);
    }
    const ready = await page.request.get('/api/ready', { failOnStatusCode: false });
    expect(ready.status()).toBe(503);
    expect((await page.request.get('/api/health')).status()).toBe(200);

    await kratos('start');
    await page.goto(flowUrl);
    await expect(secondFactor(page)).toBeVisible();
    await enterCode(page, await sendCode(page, user.email));
    const session = await whoami(page.request);
    expect(session.aal).toBe('aal2');
  });
});
