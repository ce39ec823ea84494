import http from 'node:http';
import {
  createIdentity,
  deleteIdentity,
  enterCode,
  expect,
  KRATOS_PATH,
  KRATOS_PUBLIC_URL,
  LOGIN_CODE_SUBJECT,
  mailTo,
  REDIS_URL,
  secondFactor,
  sendCode,
  signInWithPassword,
  stackControl,
  test,
  UI_URL,
  uniqueEmail,
  waitForMail,
} from './fixtures';
import { startUiServer } from './fixtures/ui-server';

// The abuse limits at their production defaults (lib/env.ts), as `npm run demo` runs them: the
// `limits` pass of npm test (scripts/lib/kratos-configs.mjs) starts the stack so, with Redis.

const status = (page: import('@playwright/test').Page) => page.getByRole('status').first();

test.describe('limits on the pages @limits', () => {
  test.describe('JS off, English', () => {
    test.use({ javaScriptEnabled: false });

    test('a resend within 30 s is held back with a calm sentence; the code in hand works', async ({
      page,
      user,
    }) => {
      await signInWithPassword(page, user);
      const code = await sendCode(page, user.email);
      const mails = (await mailTo(user.email, LOGIN_CODE_SUBJECT)).length;
      await page.getByTestId('resend-code').click();
      await expect(page).toHaveURL(/[?&]limit=address/);
      await expect(secondFactor(page)).toHaveAttribute('data-step', 'enter-code');
      await expect(secondFactor(page)).toContainText(
        /We sent a code to u…@example\.org a moment ago\. You can ask for another in \d+\sseconds?\./,
      );
      await enterCode(page, code);
      await expect(page).toHaveURL(`${UI_URL}/`);
      expect((await mailTo(user.email, LOGIN_CODE_SUBJECT)).length).toBe(mails);
    });
  });

  test.describe('JS on, French', () => {
    test.use({ locale: 'fr-FR', extraHTTPHeaders: { 'accept-language': 'fr-FR,fr;q=0.9' } });

    test('recovery asked again within 30 s is held back; the first code still works', async ({
      page,
      user,
    }) => {
      const ask = async () => {
        await page.goto('/recovery');
        await page.locator('input[name="email"]').fill(user.email);
        await page.locator('button[name="method"][value="code"]').click();
      };
      await ask();
      const mail = await waitForMail(user.email);
      const code = /(^|\s)(\d{6})(\s|$)/m.exec(mail.text)?.[2] ?? '';
      await ask();
      await expect(page).toHaveURL(/[?&]limit=address/);
      await expect(status(page)).toContainText(
        /Nous avons envoyé un code à u…@example\.org il y a un instant\. Vous pourrez en demander un autre dans \d+\ssecondes?\./,
      );
      // The first flow still takes the first code: nothing reached Kratos.
      expect(await mailTo(user.email)).toHaveLength(1);
      await page.goBack();
      await page.goBack();
      await page.locator('input[name="code"]').fill(code);
      await page.locator('button[name="method"][value="code"]').click();
      // The code is taken: on to the second factor this account owes (or the settings).
      await expect(page).toHaveURL(/\/(login|settings)\?flow=/);
    });
  });

  for (const { javaScriptEnabled, locale, said } of [
    {
      javaScriptEnabled: true,
      locale: 'en-US',
      said: /Too many sign-in attempts\. You can try again in \d+\sseconds?\./,
    },
    {
      javaScriptEnabled: false,
      locale: 'fr-FR',
      said: /Trop de tentatives de connexion\. Vous pourrez réessayer dans \d+\ssecondes?\./,
    },
  ]) {
    test.describe(`wrong passwords (JS ${javaScriptEnabled ? 'on' : 'off'}, ${locale})`, () => {
      test.use({ javaScriptEnabled, locale, extraHTTPHeaders: { 'accept-language': locale } });

      test('a growing wait per account, said on the page; then the right one works', async ({
        page,
        user,
      }) => {
        const signIn = async (password: string) => {
          await page.goto('/login');
          await page.locator('input[name="identifier"]').fill(user.email);
          await page.locator('input[name="password"]').fill(password);
          await page.locator('button[name="method"][value="password"]').click();
        };
        let limitedAt = -1;
        for (let i = 0; i < 9 && limitedAt < 0; i++) {
          await signIn(`wrong-${i}`);
          await expect(page.getByRole('alert').or(status(page)).first()).toBeVisible();
          if (/[?&]limit=password/.test(page.url())) limitedAt = i;
        }
        // The first five wrong passwords are free; the waits then double from 1 s, so a browser
        // that types at human speed meets one within a few more.
        expect(limitedAt, 'the first five are free').toBeGreaterThanOrEqual(5);
        await expect(status(page)).toContainText(said);
        const retry = Number(new URL(page.url()).searchParams.get('retry'));
        // Waiting out the wait is what is tested here.
        await page.waitForTimeout((retry + 1) * 1000);
        await signIn(user.password);
        await expect(secondFactor(page)).toBeVisible();
      });
    });
  }

  // Last among the page tests: it uses up this machine's client budget (30 messages in 10
  // minutes from 127.0.0.1) for the rest of the pass; the tests below present other addresses.
  test('one client: past 30 messages in 10 minutes the page says so', async ({ page }) => {
    const headers = { accept: 'application/json' };
    let limited: Response | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const flow = (await (
        await fetch(`${UI_URL}${KRATOS_PATH}/self-service/recovery/api`, { headers })
      ).json()) as { id: string };
      const res = await fetch(`${UI_URL}${KRATOS_PATH}/self-service/recovery?flow=${flow.id}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'code', email: uniqueEmail('spray') }),
      });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(200);
    }
    expect(limited, 'refused within 40 messages').toBeDefined();
    expect(((await limited?.json()) as { error: { reason: string } }).error.reason).toBe(
      'rate_limited_client',
    );

    await page.goto('/recovery');
    await page.locator('input[name="email"]').fill(uniqueEmail('one-more'));
    await page.locator('button[name="method"][value="code"]').click();
    await expect(page).toHaveURL(/[?&]limit=client/);
    await expect(status(page)).toContainText(
      /Many codes were asked for from your network lately\. You can ask for another in \d+\s(minutes?|seconds?)\./,
    );
  });
});

// Two UI processes behind a round-robin balancer, sharing Redis: the limits hold whichever
// process a request reaches. Both trust one proxy hop, so each test client presents its own
// address in X-Forwarded-For, as real clients behind a balancer do.
const base = Number(new URL(UI_URL).port || 80);
const PORTS = [base + 21, base + 22];
const BALANCER = base + 23;
const servers: { stop: () => void }[] = [];
let balancer: http.Server | undefined;
/** Which process served each POST, in order. */
const posts: number[] = [];

test.describe('limits across two UI processes with Redis @limits', () => {
  test.beforeAll(async () => {
    expect(REDIS_URL, 'the stack runs Redis (Debian redis-server)').toBeTruthy();
    for (const port of PORTS) {
      servers.push(
        await startUiServer(port, {
          KRATOS_PUBLIC_URL,
          UI_URL,
          REDIS_URL,
          TRUSTED_PROXY_HOPS: '1',
          KRATOS_MAX_CONCURRENT_WRITES: '1',
        }),
      );
    }
    let next = 0;
    balancer = http.createServer((req, res) => {
      const i = next++ % PORTS.length;
      if (req.method === 'POST') posts.push(i);
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: PORTS[i],
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    await new Promise<void>((r) => balancer?.listen(BALANCER, '127.0.0.1', r));
  });

  test.afterAll(async () => {
    for (const s of servers) s.stop();
    await new Promise((r) => balancer?.close(r));
  });

  const lb = `http://127.0.0.1:${BALANCER}`;
  /** One request more through the balancer: the next POST goes to the other process. */
  const flip = () => fetch(`${lb}/api/health`).then((r) => r.arrayBuffer());
  /** Asks for a recovery code for `email` through the balancer, as an API client at `ip`. */
  async function recover(email: string, ip: string): Promise<Response> {
    const headers = { accept: 'application/json', 'x-forwarded-for': ip };
    const flow = (await (
      await fetch(`${lb}${KRATOS_PATH}/self-service/recovery/api`, { headers })
    ).json()) as { id: string };
    return fetch(`${lb}${KRATOS_PATH}/self-service/recovery?flow=${flow.id}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'code', email }),
    });
  }

  test('one address: the second message within 30 s is refused by the other process', async () => {
    const user = await createIdentity();
    try {
      const first = await recover(user.email, '198.51.100.10');
      expect(first.status).toBe(200);
      await flip();
      const second = await recover(user.email, '198.51.100.11');
      expect(second.status).toBe(429);
      const retry = Number(second.headers.get('retry-after'));
      expect(retry).toBeGreaterThanOrEqual(1);
      expect(retry).toBeLessThanOrEqual(30);
      expect(((await second.json()) as { error: { reason: string } }).error.reason).toBe(
        'rate_limited_address',
      );
      // The two sends reached different processes.
      const [a, b] = posts.slice(-2);
      expect(a).not.toBe(b);
      await waitForMail(user.email);
      expect(await mailTo(user.email)).toHaveLength(1);
    } finally {
      await deleteIdentity(user.id);
    }
  });

  test('one client: 30 messages in 10 minutes across addresses, then 429', async () => {
    const ip = '203.0.113.30';
    for (let i = 0; i < 30; i++) {
      const res = await recover(uniqueEmail('nobody'), ip);
      expect(res.status, `message ${i + 1}`).toBe(200);
    }
    const over = await recover(uniqueEmail('nobody'), ip);
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client is not affected.
    expect((await recover(uniqueEmail('nobody'), '203.0.113.31')).status).toBe(200);
  });

  test('Redis down: sign-in keeps working, each process still limits', async () => {
    const user = await createIdentity();
    await stackControl('redis', 'stop');
    try {
      const headers = { accept: 'application/json', 'x-forwarded-for': '192.0.2.50' };
      const flow = (await (
        await fetch(`${lb}${KRATOS_PATH}/self-service/login/api`, { headers })
      ).json()) as { id: string };
      const login = await fetch(`${lb}${KRATOS_PATH}/self-service/login?flow=${flow.id}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          method: 'password',
          identifier: user.email,
          password: user.password,
        }),
      });
      expect(login.status).toBe(200);
      // Counted in each process's memory: the second request reaches the other process, the
      // third the first one again, which remembers.
      const email = uniqueEmail('redis-down');
      const answers = [];
      for (let i = 0; i < 3; i++) {
        answers.push((await recover(email, '192.0.2.51')).status);
        await flip();
      }
      expect(answers).toEqual([200, 200, 429]);
      const [a, b, c] = posts.slice(-3);
      expect(a).not.toBe(b);
      expect(a).toBe(c);
    } finally {
      await stackControl('redis', 'start');
      await deleteIdentity(user.id);
    }
  });
});
