import { request as httpRequest } from 'node:http';
import type { Page } from '@playwright/test';
import {
  createIdentity,
  deleteIdentity,
  KRATOS_ADMIN_URL,
  signInFully,
  waitForCode,
  enterCode,
  expect,
  secondFactor,
  sendCode,
  signInWithPassword,
  test,
  TEST_PASSWORD,
  UI_URL,
  uniqueEmail,
  whoami,
} from './fixtures';

// A corpus of hostile inputs. Every case must end on a clear page: never a 5xx, no script
// execution (checked in the browser), no navigation off the UI's origin.

const ALLOWED_ORIGIN = new URL(UI_URL).origin;

const XSS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  "'><svg/onload=window.__xss=1>",
  'javascript:window.__xss=1',
  '<iframe src="javascript:window.__xss=1">',
  '{{constructor.constructor("window.__xss=1")()}}',
  '</title><script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '${alert(1)}',
  '\u0000<script>alert(1)</script>',
];

const FLOW_IDS = [
  '',
  'abc',
  '../../etc/passwd',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
  "1' OR '1'='1",
  '%00',
  'a'.repeat(2000),
  '12345678-1234-1234-1234-1234567890123',
  ...XSS.slice(0, 3),
];

/** URLs on our own origin whose bare path a browser reads as another host. */
const SAME_ORIGIN_TO_OTHER_HOST = [
  `${ALLOWED_ORIGIN}//evil.example/`,
  `${ALLOWED_ORIGIN}///evil.example/`,
  `${ALLOWED_ORIGIN}/\\evil.example/`,
  `${ALLOWED_ORIGIN}//evil.example/v`,
  '///evil.example/',
];

/** A Location or href that a browser would take to another host. */
const toOtherHost = (url: string | undefined) =>
  !!url && (/^[/\\]{2}/.test(url) || new URL(url, ALLOWED_ORIGIN).origin !== ALLOWED_ORIGIN);

const OFFSITE = [
  'https://evil.example/',
  '//evil.example/',
  '/\\evil.example/',
  '\\\\evil.example/',
  'javascript:alert(1)',
  'JaVaScRiPt:window.__xss=1',
  '%2F%2Fevil.example',
  'http:evil.example',
  `${ALLOWED_ORIGIN}@evil.example/`,
  `https://evil.example/${ALLOWED_ORIGIN}`,
  `${ALLOWED_ORIGIN}.evil.example/`,
  'data:text/html,<script>alert(1)</script>',
  '/%09/evil.example',
  ' https://evil.example',
  'https:/\\evil.example',
  // Same-origin URLs that become other hosts once reduced to a path.
  ...SAME_ORIGIN_TO_OTHER_HOST,
];

const PAGES = ['/login', '/registration', '/verification', '/recovery', '/settings'];

interface Watch {
  offsite: string[];
  dialogs: string[];
  statuses: number[];
}

function watch(page: Page): Watch {
  const w: Watch = { offsite: [], dialogs: [], statuses: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (
      r.isNavigationRequest() &&
      !r.url().startsWith(ALLOWED_ORIGIN) &&
      !r.url().startsWith('about:')
    ) {
      w.offsite.push(r.url());
    }
  });
  page.on('response', (r) => {
    if (r.request().isNavigationRequest()) w.statuses.push(r.status());
  });
  return w;
}

async function expectSafe(page: Page, w: Watch) {
  expect(w.dialogs, 'no script ran (dialog)').toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(w.offsite, 'no navigation off-site').toEqual([]);
  expect(
    w.statuses.filter((s) => s >= 500),
    'no 5xx',
  ).toEqual([]);
  expect(new URL(page.url()).origin).toBe(ALLOWED_ORIGIN);
  await expect(page.locator('body')).not.toContainText(
    /at \w+ \(|node_modules|TypeError|ReferenceError/,
  );
}

async function visit(page: Page, path: string) {
  const w = watch(page);
  await page.goto(path, { waitUntil: 'load' });
  await expectSafe(page, w);
}

test.describe('hostile flow ids', () => {
  for (const p of PAGES) {
    for (const id of FLOW_IDS) {
      test(`${p} flow=${JSON.stringify(id).slice(0, 40)}`, async ({ page }) => {
        await visit(page, `${p}?flow=${encodeURIComponent(id)}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    }
  }
});

test.describe('off-site return_to', () => {
  for (const p of [...PAGES, '/start/login', '/locale?locale=de&x=', '/language']) {
    for (const target of OFFSITE) {
      test(`${p} return_to=${JSON.stringify(target).slice(0, 40)}`, async ({ page }) => {
        const sep = p.includes('?') ? '&' : '?';
        await visit(page, `${p}${sep}return_to=${encodeURIComponent(target)}`);
      });
    }
  }
});

test.describe('XSS in flow query parameters', () => {
  for (const param of ['notice', 'aal', 'refresh', 'login_challenge']) {
    for (const payload of XSS) {
      test(`/login ${param}=${JSON.stringify(payload).slice(0, 30)}`, async ({ page }) => {
        await visit(page, `/login?${param}=${encodeURIComponent(payload)}`);
      });
    }
  }
  for (const payload of XSS) {
    test(`/error id=${JSON.stringify(payload).slice(0, 30)}`, async ({ page }) => {
      await visit(page, `/error?id=${encodeURIComponent(payload)}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});

test.describe('XSS in traits and message contexts', () => {
  for (const payload of XSS.slice(0, 4)) {
    test(`trait name ${JSON.stringify(payload).slice(0, 30)} renders as text on the home page`, async ({
      page,
    }) => {
      const email = uniqueEmail('xss');
      const res = await fetch(
        `${process.env.E2E_KRATOS_ADMIN_URL ?? 'http://127.0.0.1:4434'}/admin/identities`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            schema_id: 'default',
            traits: { email, name: { first: payload, last: payload } },
            credentials: { password: { config: { password: TEST_PASSWORD } } },
          }),
        },
      );
      expect(res.status).toBe(201);
      const w = watch(page);
      await signInWithPassword(page, { id: '', email, password: TEST_PASSWORD });
      await enterCode(page, await sendCode(page, email));
      // The name is shown as text in the overview's heading, never as markup.
      await expect(page.getByRole('heading', { level: 1 })).toContainText(payload.slice(0, 10));
      await expectSafe(page, w);
    });
  }

  for (const payload of XSS.slice(0, 5)) {
    test(`registration with a hostile email ${JSON.stringify(payload).slice(0, 30)}`, async ({
      page,
    }) => {
      const w = watch(page);
      await page.goto('/registration');
      const email = page.getByLabel('E-Mail');
      // Let the browser submit what its email check would refuse, so Kratos sees the payload.
      await email.evaluate((el: HTMLInputElement) => {
        if (el.form) el.form.noValidate = true;
      });
      await email.fill(payload);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign up', exact: true }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
      // Kratos saw the payload and refused it on the field; the page shows it as text.
      await expect(page.getByLabel('E-Mail')).toHaveAttribute('aria-invalid', 'true');
      await expectSafe(page, w);
    });
  }
});

test.describe('oversized input', () => {
  test('a huge form body to the Kratos proxy is refused with 413', async ({ request }) => {
    const res = await request.post('/kratos/self-service/login?flow=x', {
      form: { identifier: 'a'.repeat(300 * 1024) },
      failOnStatusCode: false,
    });
    expect(res.status()).toBe(413);
  });

  test('a huge query string is refused without a 5xx', async ({ request }) => {
    const res = await request.get(`/login?return_to=${'a'.repeat(40_000)}`, {
      failOnStatusCode: false,
    });
    // Node's HTTP parser refuses the oversized request line/headers: 431 (or 414/400 elsewhere).
    expect([400, 414, 431]).toContain(res.status());
  });

  test('a huge cookie header is refused without a 5xx', async ({ request }) => {
    const res = await request.get('/login', {
      headers: { cookie: `junk=${'b'.repeat(30_000)}` },
      failOnStatusCode: false,
    });
    expect([400, 431]).toContain(res.status());
  });

  test('an oversized password and traits get a clear form error', async ({ page }) => {
    const w = watch(page);
    await page.goto('/registration');
    await page.getByLabel('E-Mail').fill(uniqueEmail('big'));
    await page.getByLabel('Password').fill('p'.repeat(5000));
    await page
      .getByLabel('First name')
      .evaluate((el: HTMLInputElement) => (el.maxLength = 100_000));
    await page.getByLabel('First name').fill('n'.repeat(20_000));
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expectSafe(page, w);
  });

  test('an oversized code gets a clear error', async ({ page }) => {
    const user = await createIdentity();
    const w = watch(page);
    await signInWithPassword(page, user);
    await sendCode(page, user.email);
    const input = page.getByLabel('Code from the email');
    await input.evaluate((el: HTMLInputElement) => el.removeAttribute('maxlength'));
    await enterCode(page, '9'.repeat(10_000));
    await expect(page.getByTestId('second-factor-message')).toBeVisible();
    await expectSafe(page, w);
    expect((await whoami(page.request)).status).toBe(403);
  });
});

test.describe('hostile codes', () => {
  for (const code of [
    'abcdef',
    '12345',
    '1234567',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '000000',
  ]) {
    test(`code ${JSON.stringify(code)} is refused and the session stays aal1`, async ({
      page,
      user,
    }) => {
      const w = watch(page);
      await signInWithPassword(page, user);
      await sendCode(page, user.email);
      await enterCode(page, code);
      await expect(page.getByTestId('second-factor-message')).toHaveAttribute(
        'data-message-id',
        /^4\d+/,
      );
      await expectSafe(page, w);
      expect((await whoami(page.request)).status).toBe(403);
    });
  }

  test('a replayed code is refused on a new flow', async ({ page, user, browser }) => {
    await signInWithPassword(page, user);
    const code = await sendCode(page, user.email);
    await enterCode(page, code);
    await expect(page.getByTestId('session')).toHaveAttribute('data-aal', 'aal2');
    // A second browser signs in and replays the used code.
    const other = await browser.newPage();
    const w = watch(other);
    await signInWithPassword(other, user);
    await sendCode(other, user.email);
    await enterCode(other, code);
    await expect(other.getByTestId('second-factor-message')).toHaveAttribute(
      'data-message-id',
      '4010008',
    );
    await expectSafe(other, w);
    expect((await whoami(other.request)).status).toBe(403);
    await other.close();
  });

  test('a foreign address with markup is refused', async ({ page, user }) => {
    const w = watch(page);
    await signInWithPassword(page, user);
    const button = page.getByRole('button', { name: `Send code to ${user.email}` });
    await button.evaluate(
      (b: HTMLButtonElement) => (b.value = '"><script>alert(1)</script>@evil.example'),
    );
    await button.click();
    await expect(page.getByTestId('second-factor-message')).toHaveAttribute(
      'data-message-id',
      '4000035',
    );
    await expect(secondFactor(page)).toBeVisible();
    await expectSafe(page, w);
  });

  test('a forged CSRF token on the password form is refused without a session', async ({
    page,
    user,
  }) => {
    const w = watch(page);
    await page.goto('/login');
    await page
      .locator('input[name=csrf_token]')
      .first()
      .evaluate((i: HTMLInputElement) => (i.value = 'forged'));
    await page.getByLabel('E-Mail').fill(user.email);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: /^Sign in( with password)?$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectSafe(page, w);
    expect((await whoami(page.request)).status).toBe(401);
  });
});

test.describe('same-origin URLs that turn into other hosts, signed in', () => {
  // Kratos accepts these (the host matches allowed_return_urls) and redirects a signed-in
  // browser to them at once; what we pass on must stay on our origin.
  for (const p of ['/login', '/registration', '/start/login', '/start/registration', '/settings']) {
    for (const target of SAME_ORIGIN_TO_OTHER_HOST) {
      test(`${p} return_to=${target.slice(ALLOWED_ORIGIN.length)}`, async ({ page, user }) => {
        await signInFully(page, user);
        // Every redirect hop, as the browser gets it.
        let url = `${p}?return_to=${encodeURIComponent(target)}`;
        for (let hop = 0; hop < 6; hop += 1) {
          const res = await page.request.get(url, { maxRedirects: 0 });
          expect(res.status(), url).toBeLessThan(500);
          const location = res.headers().location;
          if (!location) break;
          expect(toOtherHost(location), `Location ${location}`).toBe(false);
          url = location;
        }
        await visit(page, `${p}?return_to=${encodeURIComponent(target)}`);
      });
    }
  }

  test('sign-in with such a return_to ends on our origin', async ({ page, user }) => {
    const w = watch(page);
    await signInFully(
      page,
      user,
      `?return_to=${encodeURIComponent(SAME_ORIGIN_TO_OTHER_HOST[0]!)}`,
    );
    await expect(page).toHaveURL(new RegExp(`^${ALLOWED_ORIGIN}/`));
    await expectSafe(page, w);
  });

  test('sign-out with such a return_to ends on our origin', async ({ page, user }) => {
    await signInFully(page, user);
    const w = watch(page);
    const res = await page.request.post('/logout', {
      form: { return_to: SAME_ORIGIN_TO_OTHER_HOST[0]! },
      maxRedirects: 0,
    });
    expect(toOtherHost(res.headers().location)).toBe(false);
    // Through Kratos's logout URL, hop by hop.
    let url = res.headers().location ?? '/';
    for (let hop = 0; hop < 4; hop += 1) {
      const next = await page.request.get(url, { maxRedirects: 0 });
      const location = next.headers().location;
      if (!location) break;
      expect(toOtherHost(location), `Location ${location}`).toBe(false);
      url = location;
    }
    await visit(page, '/');
    await expectSafe(page, w);
  });
});

test('the verification Continue link never points at another host', async ({ page }) => {
  const user = await createIdentity(uniqueEmail('verify'), TEST_PASSWORD, { verified: false });
  const w = watch(page);
  await page.goto(`/verification?return_to=${encodeURIComponent(SAME_ORIGIN_TO_OTHER_HOST[3]!)}`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Verification code').fill(await waitForCode(user.email));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('status')).toContainText('You successfully verified');
  for (const href of await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(toOtherHost(href), `href ${href}`).toBe(false);
  }
  await expectSafe(page, w);
  await deleteIdentity(user.id);
});

test.describe('the Kratos proxy', () => {
  test('a forged X-Forwarded-For never becomes the session device IP', async ({ page, user }) => {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': '6.6.6.6, <script>alert(1)</script>' });
    await signInFully(page, user);
    const res = await fetch(`${KRATOS_ADMIN_URL}/admin/identities/${user.id}/sessions`);
    const sessions = (await res.json()) as { devices?: { ip_address?: string }[] }[];
    const ips = sessions.flatMap((s) => (s.devices ?? []).map((d) => d.ip_address));
    expect(ips.length).toBeGreaterThan(0);
    for (const ip of ips) {
      expect(ip).not.toContain('6.6.6.6');
      expect(ip).not.toContain('<');
      expect(ip).toBe('127.0.0.1');
    }
  });

  for (const path of [
    '/kratos/admin/identities',
    '/kratos/identities',
    '/kratos/..%2f..%2fadmin/identities',
    '/kratos/%2e%2e/admin/identities',
    '/kratos/health/ready',
    '/kratos/metrics/prometheus',
  ]) {
    test(`${path} is not relayed`, async ({ request }) => {
      for (const method of ['GET', 'POST'] as const) {
        const res = await request.fetch(path, { method, maxRedirects: 0 });
        expect(res.status()).toBe(404);
        expect(res.headers().location).toBeUndefined();
      }
    });
  }

  test('flow JSON names no internal host', async ({ request }) => {
    // A flow started on the server: Kratos saw its internal address.
    const start = await request.get('/start/login', { maxRedirects: 0 });
    const id = new URL(start.headers().location ?? '', ALLOWED_ORIGIN).searchParams.get('flow');
    const res = await request.get(`/kratos/self-service/login/flows?id=${id}`, {
      headers: { accept: 'application/json' },
    });
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/127\.0\.0\.1:4433|:4434/);
    const flow = JSON.parse(text) as { request_url: string; ui: { action: string } };
    expect(new URL(flow.request_url).origin).toBe(ALLOWED_ORIGIN);
    expect(new URL(flow.ui.action).origin).toBe(ALLOWED_ORIGIN);
  });
});

test.describe('requests Next.js would answer with a 500', () => {
  for (const method of ['TRACE']) {
    test(`${method} gets 405 with the security headers`, async () => {
      for (const path of ['/', '/login', '/kratos/sessions/whoami']) {
        const res = await rawRequest(path, method);
        expect(res.status).toBe(405);
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      }
    });
  }

  for (const path of ['/start/%ff', '/kratos/%ff', '/login/%E0%A4%A']) {
    test(`malformed percent-encoding ${path} gets 400 with the security headers`, async () => {
      const res = await rawRequest(path);
      expect(res.status).toBe(400);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
    });
  }

  test('the 404 under /_next/static%2F… carries CSP and X-Frame-Options', async () => {
    const res = await rawRequest('/_next/static%2F..%2F..%2Flogin');
    expect(res.status).toBe(404);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

test.describe('forwarded headers from the client', () => {
  test('X-Forwarded-Proto: https from a client turns on neither HSTS nor Secure cookies', async () => {
    const res = await fetch(`${UI_URL}/login`, {
      headers: { 'x-forwarded-proto': 'https' },
      redirect: 'manual',
    });
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    for (const cookie of res.headers.getSetCookie()) expect(cookie).not.toMatch(/;\s*secure/i);
  });

  test('a hostile x-request-id is replaced, a safe one is kept', async () => {
    const hostile = await fetch(`${UI_URL}/api/health`, {
      headers: { 'x-request-id': '<script>alert(1)</script>' },
    });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const long = await fetch(`${UI_URL}/api/health`, {
      headers: { 'x-request-id': 'a'.repeat(65) },
    });
    expect(long.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const safe = await fetch(`${UI_URL}/api/health`, {
      headers: { 'x-request-id': 'req-42.a_b:c' },
    });
    expect(safe.headers.get('x-request-id')).toBe('req-42.a_b:c');
  });
});

/** A request with the method and path sent exactly as written (fetch refuses or normalises them). */
function rawRequest(
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string> }> {
  const { hostname, port } = new URL(UI_URL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method }, (res) => {
      res.resume();
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) headers[k] = String(v);
      resolve({ status: res.statusCode ?? 0, headers });
    });
    req.on('error', reject);
    req.end();
  });
}
