// @ts-check
// One launcher for the demo, the test suite and CI: starts the mail inbox, the SMS gateway,
// Example ID, Hydra, Kratos, the UI and the Example app with readiness checks, logs each to
// .stack/logs/<name>.log, and stops exactly what it started.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHydraBinary, ensureKratosBinary } from './go-tool.mjs';

/**
 * Writes Kratos's branded courier templates (scripts/build-email-templates.ts) into `out`, for
 * a theme file (or the default theme) and the UI's address; returns the folder.
 */
export async function writeEmailTemplates({ theme, name, logo, baseUrl, out }) {
  const { tsImport } = await import('tsx/esm/api');
  const { buildEmailTemplates } = await tsImport('../build-email-templates.ts', import.meta.url);
  return buildEmailTemplates({ theme, name, logo, baseUrl, out, cwd: root });
}

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Addresses of the local stack; each can be overridden by env (see .env.example). */
export function stackConfig(env = process.env) {
  const uiPort = Number(env.UI_PORT || 3000);
  const ui = `http://127.0.0.1:${uiPort}`;
  return {
    uiPort,
    uiUrl: ui,
    browserPath: env.KRATOS_BROWSER_PATH || '/kratos',
    kratosPublicPort: Number(env.KRATOS_PUBLIC_PORT || 4433),
    kratosAdminPort: Number(env.KRATOS_ADMIN_PORT || 4434),
    smtpPort: Number(env.MAIL_SMTP_PORT || 1025),
    mailWebPort: Number(env.MAIL_WEB_PORT || 1080),
    oidcPort: Number(env.OIDC_PORT || 4999),
    hydraPublicPort: Number(env.HYDRA_PUBLIC_PORT || 4444),
    hydraAdminPort: Number(env.HYDRA_ADMIN_PORT || 4445),
    exampleAppPort: Number(env.EXAMPLE_APP_PORT || 5555),
    redisPort: Number(env.REDIS_PORT || 6379),
    smsGatewayPort: Number(env.SMS_GATEWAY_PORT || 4588),
  };
}

/** Debian's Redis server, if this machine has it (scripts/lib/setup.mjs installs it as root). */
export const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server';

/**
 * The UI's abuse limits (lib/limits) in the e2e suite's passes: raised so far that tests which
 * resend codes or mistype passwords on purpose never meet them. `npm run demo` and the `limits`
 * pass run the production defaults of lib/env.ts.
 */
export const RAISED_LIMITS = {
  RATE_LIMIT_ADDRESS_INTERVAL_SECONDS: '0',
  RATE_LIMIT_ADDRESS_MAX: '100000',
  RATE_LIMIT_CLIENT_MAX: '100000',
  RATE_LIMIT_LOGIN_FREE_FAILURES: '100000',
  RATE_LIMIT_LOGIN_CLIENT_MAX: '100000',
};

/** The Kratos settings, recovery and login hooks of kratos/kratos.yml, by their config path. */
export const NOTIFY_HOOKS = {
  SETTINGS_AFTER_PASSWORD: 'settings/password',
  SETTINGS_AFTER_TOTP: 'settings/totp',
  SETTINGS_AFTER_WEBAUTHN: 'settings/webauthn',
  SETTINGS_AFTER_PASSKEY: 'settings/passkey',
  SETTINGS_AFTER_LOOKUP_SECRET: 'settings/lookup_secret',
  SETTINGS_AFTER_PROFILE: 'settings/profile',
  RECOVERY_AFTER: 'recovery',
  LOGIN_AFTER: 'login',
};

/**
 * Kratos's environment that points the notification hooks of kratos/kratos.yml at a UI and
 * gives them its secret (Kratos reads one array element's keys from the environment).
 */
export function notifyHookEnv(uiUrl, secret) {
  const env = {};
  for (const [key, hook] of Object.entries(NOTIFY_HOOKS)) {
    env[`SELFSERVICE_FLOWS_${key}_HOOKS_0_CONFIG_URL`] = `${uiUrl}/api/notify/${hook}`;
    env[`SELFSERVICE_FLOWS_${key}_HOOKS_0_CONFIG_AUTH_CONFIG_VALUE`] = secret;
  }
  return env;
}

/** Does a Redis server answer PING on this port? */
export function redisAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let reply = '';
    socket.setTimeout(1000);
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => {
      reply += d;
      if (reply.includes('\r\n')) {
        socket.destroy();
        resolve(reply.startsWith('+PONG'));
      }
    });
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}

/** The Example app's OAuth2 client id in Hydra (fixed, so a restarted demo updates it). */
export const EXAMPLE_APP_CLIENT_ID = 'example-app';

/** Runs a one-off command (a migration) to its end; rejects with the tail of its output. */
function runToEnd(what, command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${what} failed:\n${out.trimEnd().split('\n').slice(-20).join('\n')}`)),
    );
  });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function tail(file, lines = 25) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @typedef {{ name: string, child: import('node:child_process').ChildProcess,
 *   exited: { code: number | null, signal: string | null } | null, expected?: boolean }} ServiceEntry
 * @typedef {{ launch: () => ServiceEntry, ready: string | (() => Promise<boolean>) }} Service
 */

export class Stack {
  /**
   * `limits`: 'production' (the defaults of lib/env.ts, as `npm run demo` runs) or 'raised'
   * (RAISED_LIMITS, for e2e passes that are not about the limits).
   */
  constructor({ dataDir, log = console.log, env = process.env, limits = 'production' }) {
    this.limits = limits;
    this.cfg = stackConfig(env);
    this.dataDir = dataDir;
    this.logDir = path.join(
      env.STACK_DIR ? path.resolve(env.STACK_DIR) : path.join(root, '.stack'),
      'logs',
    );
    this.log = log;
    this.env = env;
    this.children = [];
    /** @type {string | undefined} */
    this.generatedNotifySecret = undefined;
  }

  logFile(name) {
    return path.join(this.logDir, `${name}.log`);
  }

  /** Spawns one service; its death before stop() is reported with its last log lines. */
  spawnService(name, command, args, extraEnv = {}) {
    mkdirSync(this.logDir, { recursive: true });
    const file = this.logFile(name);
    const fd = openSync(file, 'w');
    const child = spawn(command, args, {
      cwd: root,
      env: { ...this.env, ...extraEnv },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    const entry = { name, child, exited: null };
    child.on('exit', (code, signal) => {
      entry.exited = { code, signal };
      if (!this.stopping && !entry.expected) {
        this.log(
          `[stack] ${name} (pid ${child.pid}) exited unexpectedly (${signal ?? code}). Last log lines:\n${tail(file)}`,
        );
      }
    });
    this.children.push(entry);
    this.log(`[stack] started ${name} (pid ${child.pid}), log: ${path.relative(root, file)}`);
    return entry;
  }

  /** Waits until `url` answers 2xx (or, for a function, until it resolves true). */
  async waitReady(entry, url, timeoutMs = 60_000, requestTimeoutMs = 2000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (entry.exited)
        throw new Error(`${entry.name} died during start-up; see ${this.logFile(entry.name)}`);
      try {
        if (typeof url === 'function') {
          if (await url()) return;
        } else {
          const res = await fetch(url, { signal: AbortSignal.timeout(requestTimeoutMs) });
          if (res.ok) return;
        }
      } catch {
        // not up yet
      }
      await sleep(250);
    }
    throw new Error(
      `${entry.name} was not ready at ${url} within ${timeoutMs / 1000} s. Last log lines:\n${tail(this.logFile(entry.name))}`,
    );
  }

  async checkPorts() {
    const c = this.cfg;
    const ports = [
      ['UI', c.uiPort],
      ['Kratos public', c.kratosPublicPort],
      ['Kratos admin', c.kratosAdminPort],
      ['SMTP', c.smtpPort],
      ['mail inbox', c.mailWebPort],
      ['OpenID provider', c.oidcPort],
      ['Hydra public', c.hydraPublicPort],
      ['Hydra admin', c.hydraAdminPort],
      ['Example app', c.exampleAppPort],
      ...(this.hasRedis() ? [['Redis', c.redisPort]] : []),
      ['SMS gateway', c.smsGatewayPort],
    ];
    const taken = [];
    for (const [what, port] of ports) if (await portInUse(port)) taken.push(`${what} port ${port}`);
    if (taken.length) {
      throw new Error(
        `Cannot start the stack: ${taken.join(', ')} already in use on 127.0.0.1. Stop whatever listens there (or set the *_PORT variables in .env.example).`,
      );
    }
  }

  /**
   * Starts every service: each is described by one method below (how to launch it, when it is
   * ready); those the e2e suite may stop and start again are kept in `restartable`.
   */
  async start({ fresh = false } = {}) {
    await this.checkPorts();
    const kratosBin = await ensureKratosBinary({ log: (l) => this.log(`[kratos-build] ${l}`) });
    const hydraBin = await ensureHydraBinary({ log: (l) => this.log(`[hydra-build] ${l}`) });
    if (!existsSync(path.join(root, this.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
      throw new Error('The UI is not built; run `npm run build` first.');
    }
    if (fresh) rmSync(this.dataDir, { recursive: true, force: true });
    mkdirSync(this.dataDir, { recursive: true });

    // Kratos's courier posts text messages to the SMS gateway with a bearer token made per start.
    const smsToken = randomBytes(24).toString('base64url');
    const redis = this.hasRedis() ? this.redisService() : undefined;
    if (!redis) {
      this.log(`[stack] no Redis server at ${REDIS_SERVER}: the UI counts its limits in memory`);
    }
    /** @type {Record<string, Service>} */
    this.restartable = {
      ...(redis ? { redis } : {}),
      maildev: this.maildevService(),
      oidc: this.oidcService(),
      hydra: this.hydraService(hydraBin),
      kratos: await this.kratosService(kratosBin, smsToken),
    };
    const sms = this.smsGatewayService(smsToken);
    /** @type {Promise<void>[]} */
    const ready = [];
    const launch = (/** @type {Service} */ service) => {
      const entry = service.launch();
      ready.push(this.waitReady(entry, service.ready));
      return entry;
    };
    if (redis) launch(redis);
    launch(this.restartable.maildev);
    launch(sms);
    launch(this.restartable.oidc);

    this.log('[stack] migrating the Hydra and Kratos databases');
    await this.migrate(hydraBin, kratosBin);
    const hydra = this.restartable.hydra.launch();
    launch(this.restartable.kratos);
    const ui = this.uiService(!!redis);
    const uiEntry = launch(ui);
    ready.push(this.startExampleApp(hydra));
    await Promise.all(ready);
    await this.waitReady(uiEntry, `${this.cfg.uiUrl}/api/ready`);
    this.log('[stack] all services ready');
    return this;
  }

  /**
   * Redis holds the UI's abuse-limit counters, shared by every UI process (docs/limits.md).
   * Nothing is saved to disk: counters are minutes long. Without Debian's redis-server the UI
   * counts in its own memory.
   * @returns {Service}
   */
  redisService() {
    const port = this.cfg.redisPort;
    return {
      launch: () =>
        this.spawnService('redis', REDIS_SERVER, [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'no',
        ]),
      ready: () => redisAnswers(port),
    };
  }

  /**
   * The mail server of Kratos's courier and of the UI's notifications (the e2e suite stops it
   * to show that a sign-in does not depend on it).
   * @returns {Service}
   */
  maildevService() {
    const c = this.cfg;
    return {
      launch: () =>
        this.spawnService('maildev', process.execPath, [
          path.join(root, 'node_modules/maildev/dist/bin/maildev.js'),
          '--smtp',
          String(c.smtpPort),
          '--web',
          String(c.mailWebPort),
          '--ip',
          '127.0.0.1',
          '--web-ip',
          '127.0.0.1',
        ]),
      ready: `http://127.0.0.1:${c.mailWebPort}/api/email`,
    };
  }

  /**
   * The local SMS gateway (scripts/sms-gateway.mjs): Kratos's courier posts text messages to it
   * through its `sms` channel (docs/sms.md).
   * @returns {Service}
   */
  smsGatewayService(/** @type {string} */ token) {
    return {
      launch: () =>
        this.spawnService(
          'sms-gateway',
          process.execPath,
          [path.join(root, 'scripts/sms-gateway.mjs')],
          { SMS_GATEWAY_PORT: String(this.cfg.smsGatewayPort), SMS_GATEWAY_TOKEN: token },
        ),
      ready: `${this.urls.sms}/health`,
    };
  }

  /**
   * Example ID, a local OpenID provider, so social sign-in works without the internet.
   * @returns {Service}
   */
  oidcService() {
    const c = this.cfg;
    return {
      launch: () =>
        this.spawnService(
          'oidc',
          process.execPath,
          [path.join(root, 'scripts/oidc-provider.mjs')],
          {
            OIDC_PORT: String(c.oidcPort),
            OIDC_REDIRECT_URIS: `${c.uiUrl}${c.browserPath}/self-service/methods/oidc/callback/example`,
          },
        ),
      ready: `${this.urls.oidc}/.well-known/openid-configuration`,
    };
  }

  /**
   * Ory Hydra, the OAuth2 / OpenID Connect provider; the UI renders its login, consent and
   * logout screens. Every address comes by env (hydra/hydra.yml has the defaults).
   * @returns {Service}
   */
  hydraService(/** @type {string} */ hydraBin) {
    const c = this.cfg;
    const u = this.urls;
    this.hydraEnv = {
      DSN:
        this.env.HYDRA_DSN ||
        `sqlite://${path.join(this.dataDir, 'hydra.sqlite')}?_fk=true&mode=rwc&_busy_timeout=10000&_journal_mode=WAL`,
      // Hydra encrypts its signing keys and sessions with this secret: random per data folder,
      // and kept there, so a restarted demo still reads its database.
      SECRETS_SYSTEM: this.hydraSecret(),
      SERVE_PUBLIC_HOST: '127.0.0.1',
      SERVE_PUBLIC_PORT: String(c.hydraPublicPort),
      SERVE_ADMIN_HOST: '127.0.0.1',
      SERVE_ADMIN_PORT: String(c.hydraAdminPort),
      URLS_SELF_ISSUER: u.hydraPublic,
      URLS_LOGIN: `${c.uiUrl}/login`,
      URLS_CONSENT: `${c.uiUrl}/consent`,
      URLS_LOGOUT: `${c.uiUrl}/logout`,
      URLS_ERROR: `${c.uiUrl}/error`,
      URLS_POST_LOGOUT_REDIRECT: `${c.uiUrl}/login`,
      // Logging out through Hydra also ends the Kratos session.
      URLS_IDENTITY_PROVIDER_URL: u.kratosAdmin,
      LOG_LEVEL: this.env.HYDRA_LOG_LEVEL || 'info',
    };
    const env = this.hydraEnv;
    return {
      launch: () =>
        this.spawnService(
          'hydra',
          hydraBin,
          ['serve', 'all', '--dev', '--sqa-opt-out', '-c', 'hydra/hydra.yml'],
          env,
        ),
      ready: `${u.hydraAdmin}/health/ready`,
    };
  }

  /**
   * Ory Kratos, on SQLite unless KRATOS_DSN says otherwise, every address by env so a second
   * stack on other ports works side by side.
   * @returns {Promise<Service>}
   */
  async kratosService(/** @type {string} */ kratosBin, /** @type {string} */ smsToken) {
    const c = this.cfg;
    const u = this.urls;
    const oidcIssuer = u.oidc;
    this.kratosEnv = {
      // WAL and a busy timeout: concurrent sign-ins otherwise hit "database is locked".
      DSN:
        this.env.KRATOS_DSN ||
        `sqlite://${path.join(this.dataDir, 'kratos.sqlite')}?_fk=true&mode=rwc&_busy_timeout=10000&_journal_mode=WAL`,
      SERVE_PUBLIC_BASE_URL: `${c.uiUrl}${c.browserPath}/`,
      SERVE_PUBLIC_PORT: String(c.kratosPublicPort),
      SERVE_ADMIN_PORT: String(c.kratosAdminPort),
      COURIER_SMTP_CONNECTION_URI: `smtp://127.0.0.1:${c.smtpPort}/?disable_starttls=true`,
      // Text messages (codes to a phone trait) go to the local SMS gateway.
      COURIER_CHANNELS: JSON.stringify([
        {
          id: 'sms',
          type: 'http',
          request_config: {
            url: `${u.sms}/messages`,
            method: 'POST',
            body: 'file://./kratos/sms-request.jsonnet',
            auth: {
              type: 'api_key',
              config: { name: 'Authorization', value: `Bearer ${smsToken}`, in: 'header' },
            },
          },
        },
      ]),
      // Our pages, wherever the UI listens (kratos.yml says 127.0.0.1:3000), so a second stack
      // on other ports works side by side.
      SELFSERVICE_DEFAULT_BROWSER_RETURN_URL: `${c.uiUrl}/`,
      // Hydra too: with override_return_to, a sign-in for an OAuth2 client returns to Hydra.
      SELFSERVICE_ALLOWED_RETURN_URLS: JSON.stringify([c.uiUrl, u.hydraPublic]),
      SELFSERVICE_FLOWS_ERROR_UI_URL: `${c.uiUrl}/error`,
      SELFSERVICE_FLOWS_SETTINGS_UI_URL: `${c.uiUrl}/settings`,
      SELFSERVICE_FLOWS_RECOVERY_UI_URL: `${c.uiUrl}/recovery`,
      SELFSERVICE_FLOWS_VERIFICATION_UI_URL: `${c.uiUrl}/verification`,
      SELFSERVICE_FLOWS_VERIFICATION_AFTER_DEFAULT_BROWSER_RETURN_URL: `${c.uiUrl}/`,
      SELFSERVICE_FLOWS_LOGOUT_AFTER_DEFAULT_BROWSER_RETURN_URL: `${c.uiUrl}/login`,
      SELFSERVICE_FLOWS_LOGIN_UI_URL: `${c.uiUrl}/login`,
      SELFSERVICE_FLOWS_REGISTRATION_UI_URL: `${c.uiUrl}/registration`,
      // WebAuthn and passkeys accept ceremonies only from these origins. The relying party id
      // is localhost (browsers refuse IP addresses), so security keys work on localhost:<port>.
      SELFSERVICE_METHODS_WEBAUTHN_CONFIG_RP_ORIGINS: c.uiUrl.replace('//127.0.0.1', '//localhost'),
      SELFSERVICE_METHODS_PASSKEY_CONFIG_RP_ORIGINS: c.uiUrl.replace('//127.0.0.1', '//localhost'),
      SELFSERVICE_METHODS_OIDC_CONFIG_PROVIDERS_0_ISSUER_URL: oidcIssuer,
      // Kratos handles Hydra's login_challenge and accepts the login request itself;
      // registration and recovery started from such a sign-in return to the OAuth2 client.
      OAUTH2_PROVIDER_URL: u.hydraAdmin,
      OAUTH2_PROVIDER_OVERRIDE_RETURN_TO: 'true',
      // The emails, branded with the theme the UI uses (BRAND_THEME, BRAND_NAME, BRAND_LOGO_URL)
      // and logo links to this UI.
      COURIER_TEMPLATE_OVERRIDE_PATH: await this.emailTemplates(),
      LOG_LEVEL: this.env.KRATOS_LOG_LEVEL || 'info',
      // The security notification hooks call this UI, with this stack's secret.
      // NOTIFY_HOOK_BASE_URL: another receiver in front of the UI (scripts/capture-notify.mjs).
      ...notifyHookEnv(this.env.NOTIFY_HOOK_BASE_URL || c.uiUrl, this.notifySecret()),
    };
    // rebrandMail changes this.kratosEnv; a restart launches with what it says then.
    return {
      launch: () =>
        this.spawnService(
          'kratos',
          kratosBin,
          ['serve', '-c', 'kratos/kratos.yml', '--dev', '--watch-courier', '--sqa-opt-out'],
          this.kratosEnv,
        ),
      ready: `${u.kratosPublic}/health/ready`,
    };
  }

  /** Brings the Hydra and Kratos databases to their versions' schemas, side by side. */
  async migrate(/** @type {string} */ hydraBin, /** @type {string} */ kratosBin) {
    await Promise.all([
      runToEnd('hydra migrate', hydraBin, ['migrate', 'sql', 'up', '-e', '--yes'], {
        ...this.env,
        ...this.hydraEnv,
      }),
      runToEnd(
        'kratos migrate',
        kratosBin,
        ['migrate', 'sql', '-e', '--yes', '-c', 'kratos/kratos.yml'],
        { ...this.env, ...this.kratosEnv },
      ),
    ]);
  }

  /**
   * The UI itself (`next start` of the build), talking to this stack's Kratos, Hydra and Redis.
   * @returns {Service}
   */
  uiService(/** @type {boolean} */ withRedis) {
    const c = this.cfg;
    const u = this.urls;
    const env = {
      NEXT_TELEMETRY_DISABLED: '1',
      KRATOS_PUBLIC_URL: u.kratosPublic,
      KRATOS_BROWSER_PATH: c.browserPath,
      UI_URL: c.uiUrl,
      // SQLite takes one writer at a time: the UI queues its writes instead of letting them
      // pile up on Kratos's lock (lib/kratos/write-gate.ts). Postgres needs no limit.
      KRATOS_MAX_CONCURRENT_WRITES:
        this.env.KRATOS_MAX_CONCURRENT_WRITES ?? (this.env.KRATOS_DSN ? '0' : '1'),
      // No CSP_FORM_ACTION: redirects off our origin after a form POST (to Example ID, Hydra,
      // the app) are plain navigations (lib/navigation.ts), so form-action stays 'self'.
      ...(this.env.CSP_FORM_ACTION ? { CSP_FORM_ACTION: this.env.CSP_FORM_ACTION } : {}),
      // The UI's server talks to Hydra's admin API (login, consent, logout challenges).
      HYDRA_ADMIN_URL: u.hydraAdmin,
      HYDRA_PUBLIC_URL: u.hydraPublic,
      // Where the UI may send a browser besides itself and Hydra.
      ALLOWED_REDIRECT_ORIGINS: [u.oidc, u.exampleApp].join(' '),
      ...(withRedis ? { REDIS_URL: u.redis } : {}),
      ...(this.limits === 'raised' ? RAISED_LIMITS : {}),
      // Security notifications (docs/notifications.md): the hooks' secret, Kratos's mail
      // server, and the admin API for the new-device check.
      NOTIFY_WEBHOOK_SECRET: this.notifySecret(),
      SMTP_URL: this.kratosEnv.COURIER_SMTP_CONNECTION_URI,
      MAIL_FROM: this.env.MAIL_FROM || 'Kratos Self-Service UI <no-reply@example.org>',
      KRATOS_ADMIN_URL: u.kratosAdmin,
    };
    return {
      launch: () =>
        this.spawnService(
          'ui',
          process.execPath,
          [
            path.join(root, 'node_modules/next/dist/bin/next'),
            'start',
            '-H',
            '127.0.0.1',
            '-p',
            String(c.uiPort),
          ],
          env,
        ),
      ready: `${c.uiUrl}/api/health`,
    };
  }

  /** The Example app, once its OAuth2 client is in Hydra; resolves when both answer. */
  async startExampleApp(/** @type {ServiceEntry} */ hydra) {
    const u = this.urls;
    await this.waitReady(hydra, this.restartable.hydra.ready);
    // Hydra makes its signing keys on the first request that needs them, which takes seconds
    // on a busy machine: make them now, so the first sign-in does not wait for them.
    // One request given time to finish: each one abandoned half-way makes Hydra start over
    // (RSA key generation takes longer than a couple of seconds on a loaded machine).
    await this.waitReady(hydra, `${u.hydraPublic}/.well-known/jwks.json`, 120_000, 60_000);
    await this.registerExampleApp();
    const app = this.spawnService(
      'example-app',
      process.execPath,
      [path.join(root, 'scripts/example-app.mjs')],
      {
        EXAMPLE_APP_PORT: String(this.cfg.exampleAppPort),
        EXAMPLE_APP_CLIENT_ID,
        HYDRA_PUBLIC_URL: u.hydraPublic,
      },
    );
    await this.waitReady(app, `${u.exampleApp}/`);
  }

  get urls() {
    const c = this.cfg;
    return {
      ui: c.uiUrl,
      inbox: `http://127.0.0.1:${c.mailWebPort}`,
      oidc: `http://127.0.0.1:${c.oidcPort}`,
      kratosPublic: `http://127.0.0.1:${c.kratosPublicPort}`,
      kratosAdmin: `http://127.0.0.1:${c.kratosAdminPort}`,
      hydraPublic: `http://127.0.0.1:${c.hydraPublicPort}`,
      hydraAdmin: `http://127.0.0.1:${c.hydraAdminPort}`,
      exampleApp: `http://127.0.0.1:${c.exampleAppPort}`,
      redis: `redis://127.0.0.1:${c.redisPort}`,
      sms: `http://127.0.0.1:${c.smsGatewayPort}`,
    };
  }

  /** Whether this stack runs Redis (STACK_REDIS=off leaves it out). */
  hasRedis() {
    return this.env.STACK_REDIS !== 'off' && existsSync(REDIS_SERVER);
  }

  /** Hydra's system secret: made once per data folder and kept in it (HYDRA_SECRET wins). */
  hydraSecret() {
    if (this.env.HYDRA_SECRET) return this.env.HYDRA_SECRET;
    const file = path.join(this.dataDir, 'hydra-secret');
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }

  /** The notification hooks' shared secret: NOTIFY_WEBHOOK_SECRET, else one per stack. */
  notifySecret() {
    this.generatedNotifySecret ??= randomBytes(24).toString('base64url');
    return this.env.NOTIFY_WEBHOOK_SECRET || this.generatedNotifySecret;
  }

  /**
   * Registers (or, on a kept demo database, updates) the Example app as a public OAuth2 client
   * with PKCE through Hydra's admin API.
   */
  async registerExampleApp() {
    const { hydraAdmin, exampleApp } = this.urls;
    const client = {
      client_id: EXAMPLE_APP_CLIENT_ID,
      client_name: 'Example app',
      redirect_uris: [`${exampleApp}/callback`],
      post_logout_redirect_uris: [`${exampleApp}/`],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      scope: 'openid email profile offline_access',
      token_endpoint_auth_method: 'none',
      logo_uri: `${exampleApp}/logo.svg`,
      policy_uri: `${exampleApp}/privacy`,
      tos_uri: `${exampleApp}/terms`,
    };
    const existing = await fetch(`${hydraAdmin}/admin/clients/${EXAMPLE_APP_CLIENT_ID}`);
    const res = await fetch(
      existing.ok
        ? `${hydraAdmin}/admin/clients/${EXAMPLE_APP_CLIENT_ID}`
        : `${hydraAdmin}/admin/clients`,
      {
        method: existing.ok ? 'PUT' : 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(client),
      },
    );
    if (!res.ok) {
      throw new Error(
        `registering the Example app in Hydra failed: ${res.status} ${await res.text()}`,
      );
    }
    this.log(`[stack] Example app registered in Hydra as client ${EXAMPLE_APP_CLIENT_ID}`);
  }

  /**
   * Stops a service (by PID) so that it can be started again: the e2e outage tests stop Kratos
   * and Hydra, the social sign-in test stops Example ID.
   */
  async stopService(name) {
    const entry = this.children.find((c) => c.name === name && !c.exited);
    if (!entry) return;
    entry.expected = true;
    entry.child.kill('SIGTERM');
    // Kratos's graceful shutdown can wait on open keep-alive connections; an outage need not.
    const deadline = Date.now() + 2000;
    while (!entry.exited && Date.now() < deadline) await sleep(50);
    if (!entry.exited) entry.child.kill('SIGKILL');
    while (!entry.exited) await sleep(50);
  }

  /** Generates the courier templates for a theme file (undefined: the stack's own theme). */
  emailTemplates(theme) {
    const own = theme === undefined;
    return writeEmailTemplates({
      theme: own ? this.env.BRAND_THEME : theme || undefined,
      name: own ? this.env.BRAND_NAME : undefined,
      logo: own ? this.env.BRAND_LOGO_URL : undefined,
      baseUrl: this.cfg.uiUrl,
      out: path.join(this.dataDir, own ? 'courier-templates' : 'courier-templates-test'),
    });
  }

  /**
   * Restarts Kratos with the emails of another theme file (the e2e branding test sends real
   * mails with brand/example.json), or with the stack's own theme again when `theme` is empty.
   */
  async rebrandMail(theme) {
    if (theme && !/^brand\/[\w.-]+\.json$/.test(theme))
      throw new Error('theme must be brand/<name>.json');
    this.kratosEnv.COURIER_TEMPLATE_OVERRIDE_PATH = await this.emailTemplates(theme || undefined);
    await this.stopService('kratos');
    await this.startService('kratos');
  }

  /** Starts a stopped service again (see `restartable`) and waits until it is ready. */
  async startService(name) {
    if (this.children.some((c) => c.name === name && !c.exited)) return;
    const { launch, ready } = this.restartable[name];
    await this.waitReady(launch(), ready);
  }

  /**
   * A loopback-only control endpoint for the e2e suite: POST /kratos/stop, /kratos/start,
   * /oidc/stop, /oidc/start, /hydra/stop, /hydra/start, /redis/stop, /redis/start,
   * /maildev/stop and /maildev/start; POST /kratos/mail-theme with a theme
   * path as the body (brand/<name>.json; empty for the stack's own) rebrands the emails.
   * Only the test runner opens it.
   */
  async openControl(port) {
    const http = await import('node:http');
    this.control = http.createServer(async (req, res) => {
      try {
        const [, name, action] =
          /^\/(kratos|oidc|hydra|redis|maildev)\/(stop|start)$/.exec(req.url ?? '') ?? [];
        if (req.method === 'POST' && req.url === '/kratos/mail-theme') {
          let body = '';
          for await (const chunk of req) body += chunk;
          await this.rebrandMail(body.trim().slice(0, 200));
        } else if (req.method === 'POST' && name && action === 'stop') await this.stopService(name);
        else if (req.method === 'POST' && name && action === 'start') await this.startService(name);
        else {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(204).end();
      } catch (err) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
      }
    });
    await new Promise((resolve, reject) => {
      this.control.once('error', reject);
      this.control.listen(port, '127.0.0.1', () => resolve(undefined));
    });
    return `http://127.0.0.1:${port}`;
  }

  /** The PID of a running service. */
  pid(name) {
    return this.children.find((c) => c.name === name && !c.exited)?.child.pid;
  }

  async stop() {
    this.stopping = true;
    this.control?.close();
    const alive = this.children.filter((c) => !c.exited);
    for (const { child } of alive) child.kill('SIGTERM');
    const deadline = Date.now() + 8000;
    while (Date.now() < deadline && alive.some((c) => !c.exited)) await sleep(100);
    for (const c of alive) {
      if (!c.exited) {
        this.log(`[stack] ${c.name} (pid ${c.child.pid}) ignored SIGTERM; killing`);
        c.child.kill('SIGKILL');
      }
    }
    if (alive.length)
      this.log(`[stack] stopped ${alive.map((c) => `${c.name} (pid ${c.child.pid})`).join(', ')}`);
  }
}
