import {
  addVirtualAuthenticator,
  credentialTypes,
  enterCode,
  expect,
  freshTotpCode,
  getIdentity,
  keyCount,
  linkTotp,
  totpSecret,
  openSettings,
  SAVED,
  secondFactor,
  sendCode,
  settingsSection,
  signInFully,
  signInWithPassword,
  test,
  totpCode,
  UI_URL,
  WEBAUTHN_UI_URL,
  whoami,
} from './fixtures';

test('the TOTP helper matches the RFC 6238 test vectors', () => {
  // RFC 6238 appendix B, SHA-1 key "12345678901234567890", last six digits.
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  expect(totpCode(secret, 59_000)).toBe('287082');
  expect(totpCode(secret, 1_111_111_109_000)).toBe('081804');
  expect(totpCode(secret, 20_000_000_000_000)).toBe('353130');
});

test.describe('layout', () => {
  test('one section with a heading per method, in a sensible order', async ({ page, user }) => {
    await signInFully(page, user);
    await openSettings(page);
    const expected = [
      'Profile',
      'Password',
      'Authenticator app',
      'Backup codes',
      'Security keys',
      'Passkeys',
      'Linked accounts',
      // Last, where the UI can reach Kratos's admin API (the local stack configures it).
      ...((await page.getByTestId('settings-delete').count()) ? ['Delete account'] : []),
    ];
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(expected);
    for (const [group, title] of [
      ['profile', 'Profile'],
      ['password', 'Password'],
      ['totp', 'Authenticator app'],
      ['lookup_secret', 'Backup codes'],
      ['webauthn', 'Security keys'],
      ['passkey', 'Passkeys'],
      ['oidc', 'Linked accounts'],
    ] as const) {
      await expect(settingsSection(page, group).getByRole('heading', { level: 2 })).toHaveText(
        title,
      );
    }
    // The TOTP section shows the QR code and the secret to type in by hand.
    await expect(settingsSection(page, 'totp').getByRole('img')).toHaveAttribute(
      'alt',
      'Authenticator app QR code',
    );
    await totpSecret(page);
    // Social accounts: a link button per provider.
    await expect(
      settingsSection(page, 'oidc').getByRole('button', { name: 'Link Example' }),
    ).toBeVisible();
    const types = await credentialTypes(user.id);
    expect(types).toEqual(expect.arrayContaining(['code', 'password']));
    expect(types).not.toContain('totp');
    expect(await keyCount(user.id, 'webauthn')).toBe(0);
  });
});

test.describe('profile', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`saving the name shows the message in the profile section (JS ${javaScriptEnabled ? 'on' : 'off'})`, async ({
      browser,
      user,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signInFully(page, user);
      await openSettings(page);
      const section = settingsSection(page, 'profile');
      await section.getByLabel('First name').fill('Ada');
      await section.getByLabel('Last name').fill('Lovelace');
      await section.getByRole('button', { name: 'Save' }).click();
      await expect(page).toHaveURL(/\/settings\?flow=.*#settings-profile$/);
      await expect(section.getByText(SAVED)).toBeVisible();
      // Shown in the section that was sent, and only there (not on top, not elsewhere).
      await expect(page.getByText(SAVED).filter({ visible: true })).toHaveCount(1);
      await expect(settingsSection(page, 'password').getByText(SAVED)).toBeHidden();
      await expect(section.getByLabel('First name')).toHaveValue('Ada');
      expect((await getIdentity(user.id)).traits.name).toEqual({
        first: 'Ada',
        last: 'Lovelace',
      });
      await context.close();
    });
  }

  test('an invalid email is refused with the error on the field', async ({ page, user }) => {
    await signInFully(page, user);
    await openSettings(page);
    const section = settingsSection(page, 'profile');
    // The browser would refuse it first (type=email); the server must refuse it too.
    await section.locator('form').evaluate((f: HTMLFormElement) => (f.noValidate = true));
    await section.getByLabel('E-Mail').fill('not-an-email');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByLabel('E-Mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(section.getByRole('alert')).toContainText('"not-an-email" is not valid "email"');
    expect((await getIdentity(user.id)).traits.email).toBe(user.email);
  });
});

test.describe('password', () => {
  test('a new password is saved and works for the next sign-in', async ({ page, user }) => {
    await signInFully(page, user);
    await openSettings(page);
    const section = settingsSection(page, 'password');
    const next = 'Another-Sturdy-Passphrase-7395';
    await section.getByLabel('Password').fill(next);
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/#settings-password$/);
    await expect(section.getByText(SAVED)).toBeVisible();

    await page.context().clearCookies();
    await signInWithPassword(page, { ...user, password: next });
    await expect(secondFactor(page)).toBeVisible();
    expect((await whoami(page.request)).status).toBe(403); // aal1, owes the second factor
  });

  test('a password that is too short shows Kratos’s reason on the field', async ({
    page,
    user,
  }) => {
    await signInFully(page, user);
    await openSettings(page);
    const section = settingsSection(page, 'password');
    await section.getByLabel('Password').fill('short');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByRole('alert')).toContainText(/at least 8 characters/i);
    await expect(section.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('authenticator app (TOTP)', () => {
  test('link with a computed code, then sign in with it, then unlink', async ({ page, user }) => {
    await signInFully(page, user);
    await openSettings(page);
    const section = settingsSection(page, 'totp');

    // A wrong code first: the error sits on the code field, nothing is linked.
    await section.getByLabel('Verify code').fill('000000');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByRole('alert')).toContainText(/authentication code is invalid/i);
    expect(await credentialTypes(user.id)).not.toContain('totp');

    const secret = await linkTotp(page);
    await expect(
      settingsSection(page, 'totp').getByRole('button', { name: /Unlink TOTP/ }),
    ).toBeVisible();
    expect(await credentialTypes(user.id)).toContain('totp');
    expect((await whoami(page.request)).methods).toContain('totp');

    // Next sign-in: the 2FA screen opens on the authenticator app.
    await page.context().clearCookies();
    await signInWithPassword(page, user);
    await expect(secondFactor(page)).toHaveAttribute('data-factor', 'totp');
    const totpForm = secondFactor(page).locator('form[data-group=totp]');
    await totpForm.getByLabel('Authentication code').fill(await freshTotpCode(secret));
    await totpForm.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(`${UI_URL}/`);
    await expect(page.getByTestId('session')).toHaveAttribute('data-aal', 'aal2');
    await expect(page.getByTestId('session')).toHaveAttribute('data-methods', 'password,totp');
    const session = await whoami(page.request);
    expect(session.aal).toBe('aal2');
    expect(session.methods).toEqual(['password', 'totp']);

    // Unlink.
    await openSettings(page);
    await settingsSection(page, 'totp')
      .getByRole('button', { name: /Unlink TOTP/ })
      .click();
    await expect(settingsSection(page, 'totp').getByText(SAVED)).toBeVisible();
    await expect(settingsSection(page, 'totp').getByLabel('Verify code')).toBeVisible();
    expect(await credentialTypes(user.id)).not.toContain('totp');
  });
});

test.describe('backup codes', () => {
  test('generate, confirm, reveal, regenerate, disable', async ({ page, user }) => {
    await signInFully(page, user);
    await openSettings(page);
    let section = settingsSection(page, 'lookup_secret');
    await section.getByRole('button', { name: 'Enable' }).click();
    section = settingsSection(page, 'lookup_secret');
    const codes = section.getByTestId('backup-codes').getByRole('listitem');
    await expect(codes).toHaveCount(12);
    const first = await codes.allTextContents();
    expect(first.every((c) => /^[a-z0-9]{8}$/.test(c))).toBe(true);
    // Not saved until confirmed.
    expect(await credentialTypes(user.id)).not.toContain('lookup_secret');

    await section.getByRole('button', { name: 'Confirm backup recovery codes' }).click();
    section = settingsSection(page, 'lookup_secret');
    await expect(section.getByText(SAVED)).toBeVisible();
    expect(await credentialTypes(user.id)).toContain('lookup_secret');

    await section.getByRole('button', { name: 'Reveal backup recovery codes' }).click();
    section = settingsSection(page, 'lookup_secret');
    await expect(section.getByTestId('backup-codes').getByRole('listitem')).toHaveText(first);

    // A backup code signs in through "Use another method" on the 2FA screen, once.
    await page.context().clearCookies();
    await signInWithPassword(page, user);
    const other = page.getByTestId('other-methods');
    await other.getByText('Use another method').click();
    await other.getByRole('link', { name: 'Backup code' }).click();
    const lookupForm = secondFactor(page).locator('form[data-group=lookup_secret]');
    await lookupForm.getByLabel('Backup recovery code').fill(first[0] ?? '');
    await lookupForm.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(`${UI_URL}/`);
    await expect(page.getByTestId('session')).toHaveAttribute(
      'data-methods',
      'password,lookup_secret',
    );
    expect((await whoami(page.request)).methods).toEqual(['password', 'lookup_secret']);

    // Revealed again, the used code says so.
    await openSettings(page);
    await settingsSection(page, 'lookup_secret')
      .getByRole('button', { name: 'Reveal backup recovery codes' })
      .click();
    section = settingsSection(page, 'lookup_secret');
    await expect(section.getByTestId('backup-codes').getByRole('listitem').first()).toHaveText(
      /^Secret was used at /,
    );

    await section.getByRole('button', { name: 'Enable' }).click();
    section = settingsSection(page, 'lookup_secret');
    await expect(section.getByTestId('backup-codes').getByRole('listitem')).toHaveCount(12);
    const second = await section
      .getByTestId('backup-codes')
      .getByRole('listitem')
      .allTextContents();
    expect(second).not.toEqual(first);
    await section.getByRole('button', { name: 'Confirm backup recovery codes' }).click();
    await expect(settingsSection(page, 'lookup_secret').getByText(SAVED)).toBeVisible();

    await settingsSection(page, 'lookup_secret')
      .getByRole('button', { name: 'Disable this method' })
      .click();
    await expect(settingsSection(page, 'lookup_secret').getByText(SAVED)).toBeVisible();
    await expect(
      settingsSection(page, 'lookup_secret').getByRole('button', { name: 'Enable' }),
    ).toBeVisible();
    expect(await credentialTypes(user.id)).not.toContain('lookup_secret');
  });
});

test.describe('security keys and passkeys (virtual authenticator)', () => {
  test.use({ baseURL: WEBAUTHN_UI_URL });

  test('add a security key, sign in with it as the second factor, remove it', async ({
    page,
    user,
  }) => {
    const authenticator = await addVirtualAuthenticator(page);
    await signInFully(page, user);
    await openSettings(page);
    const section = settingsSection(page, 'webauthn');
    await section.getByLabel('Name of the security key').fill('Desk key');
    await section.getByRole('button', { name: 'Add security key' }).click();
    await expect(settingsSection(page, 'webauthn').getByText(SAVED)).toBeVisible();
    await expect(
      settingsSection(page, 'webauthn').getByRole('button', {
        name: /Remove security key "Desk key"/,
      }),
    ).toBeVisible();
    expect(await keyCount(user.id, 'webauthn')).toBe(1);
    expect(await authenticator.credentials()).toHaveLength(1);

    await page.context().clearCookies();
    await signInWithPassword(page, user);
    // The 2FA screen opens on the security key.
    await expect(secondFactor(page)).toHaveAttribute('data-factor', 'webauthn');
    await secondFactor(page).getByRole('button', { name: 'Continue with hardware key' }).click();
    await expect(page).toHaveURL(`${WEBAUTHN_UI_URL}/`);
    const session = await whoami(page.request);
    expect(session.aal).toBe('aal2');
    expect(session.methods).toEqual(['password', 'webauthn']);

    await openSettings(page);
    await settingsSection(page, 'webauthn')
      .getByRole('button', { name: /Remove security key "Desk key"/ })
      .click();
    await expect(settingsSection(page, 'webauthn').getByText(SAVED)).toBeVisible();
    expect(await keyCount(user.id, 'webauthn')).toBe(0);
  });

  test('add a passkey, then sign in with it by autofill and by the button', async ({
    page,
    user,
  }) => {
    const authenticator = await addVirtualAuthenticator(page);
    await signInFully(page, user);
    await openSettings(page);
    await settingsSection(page, 'passkey').getByRole('button', { name: 'Add passkey' }).click();
    await expect(settingsSection(page, 'passkey').getByText(SAVED)).toBeVisible();
    await expect(
      settingsSection(page, 'passkey').getByRole('button', { name: /Remove passkey/ }),
    ).toBeVisible();
    expect(await keyCount(user.id, 'passkey')).toBe(1);
    const [credential] = await authenticator.credentials();
    expect(credential?.isResidentCredential).toBe(true);

    // Autofill: the login page's onload trigger starts conditional mediation, which the
    // virtual authenticator answers by itself. A passkey is one factor; the code is still owed.
    await page.context().clearCookies();
    await page.goto('/login');
    await expect(secondFactor(page)).toBeVisible();
    expect((await whoami(page.request)).status).toBe(403);

    // The button: with nobody touching the key, autofill waits; then the click takes over.
    await page.context().clearCookies();
    await authenticator.setPresence(false);
    await page.goto('/login');
    const button = page.getByRole('button', { name: 'Sign in with passkey' });
    await expect(button).toBeVisible();
    await authenticator.setPresence(true);
    await button.click();
    await expect(secondFactor(page)).toBeVisible();
    await enterCode(page, await sendCode(page, user.email));
    await expect(page).toHaveURL(`${WEBAUTHN_UI_URL}/`);
    const session = await whoami(page.request);
    expect(session.aal).toBe('aal2');
    expect(session.methods).toEqual(['passkey', 'code']);
  });
});

test.describe('re-authentication', () => {
  test('a refresh sign-in comes back to the settings section it was asked for', async ({
    page,
    user,
  }) => {
    await signInFully(page, user);
    const returnTo = `${UI_URL}/settings#settings-password`;
    await page.goto(`/login?refresh=true&return_to=${encodeURIComponent(returnTo)}`);
    await expect(page.getByRole('heading', { name: 'Confirm it is you' })).toBeVisible();
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: /^Sign in( with password)?$/ }).click();
    await expect(page).toHaveURL(/\/settings\?flow=[^#]+#settings-password$/);
    await expect(page.locator('#settings-password')).toBeInViewport();
    // Kratos counts the refreshed password as a new authentication.
    const session = await whoami(page.request);
    expect(session.aal).toBe('aal2');
    expect(session.methods).toEqual(['password', 'code', 'password']);
  });

  // The alternate-config Kratos (npm test's second pass) keeps privileged sessions 20 s.
  const maxAge = Number(process.env.E2E_PRIVILEGED_SESSION_MAX_AGE_MS ?? 20_000);
  test('an old session changing the password signs in again and lands back in the section @alt-kratos-config', async ({
    page,
    user,
  }) => {
    test.setTimeout(maxAge + 90_000);
    await signInFully(page, user);
    await openSettings(page);
    await page.waitForTimeout(maxAge + 1_000);
    const next = 'Renewed-Sturdy-Passphrase-2207';
    await settingsSection(page, 'password').getByLabel('Password').fill(next);
    await settingsSection(page, 'password').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Confirm it is you' })).toBeVisible();
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: /^Sign in( with password)?$/ }).click();
    // Kratos replays the paused change; the UI brings the user back to the password section.
    await expect(page).toHaveURL(/\/settings\?flow=[^#]+#settings-password$/);
    await expect(settingsSection(page, 'password').getByText(SAVED)).toBeVisible();
    await page.context().clearCookies();
    await signInWithPassword(page, { ...user, password: next });
    await expect(secondFactor(page)).toBeVisible();
  });
});

test.describe('sign out (JS off)', () => {
  test.use({ javaScriptEnabled: false });

  test('signing out from settings returns to the app that opened them', async ({ page, user }) => {
    await signInFully(page, user);
    const returnTo = `${UI_URL}/registration`;
    await page.goto(`/settings?return_to=${encodeURIComponent(returnTo)}`);
    await expect(page.getByRole('heading', { name: 'Account settings', level: 1 })).toBeVisible();
    await page.getByTestId('settings').getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/registration\?flow=/);
    expect((await whoami(page.request)).status).toBe(401);
  });

  test('a return_to Kratos does not allow still signs out, to the default page', async ({
    page,
    user,
  }) => {
    await signInFully(page, user);
    const res = await page.request.post('/logout', {
      form: { return_to: 'https://evil.example/phish' },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
    const location = res.headers()['location'] ?? '';
    expect(location).toMatch(/^\/kratos\/self-service\/logout\?token=/);
    expect(location).not.toContain('evil.example');
    await page.goto(location);
    await expect(page).toHaveURL(/\/login/);
    expect((await whoami(page.request)).status).toBe(401);
  });
});

test.describe('error pages', () => {
  test('an unknown error id says so in plain words, with a way back', async ({ page }) => {
    await page.goto('/error?id=00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { name: 'We could not find that error' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the start page' })).toBeVisible();
    await expect(page.getByTestId('brand')).toBeVisible();
    // Kratos has no such error either.
    const res = await page.request.get(
      '/kratos/self-service/errors?id=00000000-0000-4000-8000-000000000000',
      { failOnStatusCode: false },
    );
    expect(res.status()).toBe(404);
  });

  test('a page that does not exist is a branded 404 without internals', async ({ page }) => {
    const res = await page.goto('/no-such-page');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByTestId('brand')).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/at \w+ \(|node_modules|\.tsx?:\d+/);
    expect((await whoami(page.request)).status).toBe(401);
  });
});
