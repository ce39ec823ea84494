import {
  activeSessionIds,
  apiSession,
  enterCode,
  expect,
  KRATOS_PATH,
  secondFactor,
  sendCode,
  signInWithPassword,
  test,
  UI_URL,
} from './fixtures';

// Kratos v1.3.1 lists and ends a user's sessions for a session of any assurance level. Through
// our /kratos path, a password alone (an aal1 session of an account that has a second factor)
// gets nothing from any sessions path: not the list, not "end the others", not one by id.

const json = { accept: 'application/json' };

test.describe('a password-only session and /kratos/sessions', () => {
  test('browser cookie: list and deletes are refused until the second factor', async ({
    page,
    user,
  }) => {
    const other = await apiSession(user);
    await signInWithPassword(page, user);
    await expect(secondFactor(page)).toHaveAttribute('data-step', 'choose');

    const paths = [
      ['GET', `${KRATOS_PATH}/sessions`],
      ['DELETE', `${KRATOS_PATH}/sessions`],
      ['DELETE', `${KRATOS_PATH}/sessions/${other}`],
      ['GET', `${KRATOS_PATH}/sessions/${other}`],
    ] as const;
    for (const [method, path] of paths) {
      const res = await page.request.fetch(path, { method, headers: json });
      expect(res.status(), `${method} ${path}`).toBe(403);
      expect(JSON.stringify(await res.json()), `${method} ${path}`).toContain(
        'session_aal2_required',
      );
      expect(JSON.stringify(await res.json())).not.toContain(user.email);
    }
    // Nothing was ended.
    expect(await activeSessionIds(user.id)).toContain(other);

    // With the second factor, the same cookie reads and ends them.
    await enterCode(page, await sendCode(page, user.email));
    await expect(page).toHaveURL(/\/$/);
    const list = await page.request.get(`${KRATOS_PATH}/sessions`, { headers: json });
    expect(list.status()).toBe(200);
    expect(((await list.json()) as { id: string }[]).map((s) => s.id)).toContain(other);
    const ended = await page.request.delete(`${KRATOS_PATH}/sessions/${other}`, { headers: json });
    expect(ended.status()).toBe(204);
    expect(await activeSessionIds(user.id)).not.toContain(other);
  });

  test('session token: an aal1 token gets 403 on the list and the deletes', async ({ user }) => {
    const start = await fetch(`${UI_URL}${KRATOS_PATH}/self-service/login/api`, { headers: json });
    const flow = (await start.json()) as { ui: { action: string } };
    const login = await fetch(flow.ui.action, {
      method: 'POST',
      headers: { ...json, 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'password', identifier: user.email, password: user.password }),
    });
    expect(login.status).toBe(200);
    const { session_token: token } = (await login.json()) as { session_token: string };
    const other = await apiSession(user);
    for (const [method, path] of [
      ['GET', '/sessions'],
      ['DELETE', '/sessions'],
      ['DELETE', `/sessions/${other}`],
    ]) {
      const res = await fetch(`${UI_URL}${KRATOS_PATH}${path}`, {
        method,
        headers: { ...json, 'x-session-token': token },
      });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect(await activeSessionIds(user.id)).toContain(other);
    // whoami itself stays Kratos's own answer.
    const me = await fetch(`${UI_URL}${KRATOS_PATH}/sessions/whoami`, {
      headers: { ...json, 'x-session-token': token },
    });
    expect(me.status).toBe(403);
  });
});
