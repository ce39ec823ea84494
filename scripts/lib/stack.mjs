// One launcher for the demo, the test suite and CI: starts the mail inbox, Kratos and the UI
// with readiness checks, logs each to .stack/logs/<name>.log, and stops exactly what it started.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureKratosBinary } from './kratos-binary.mjs';

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
  };
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

export class Stack {
  constructor({ dataDir, log = console.log, env = process.env }) {
    this.cfg = stackConfig(env);
    this.dataDir = dataDir;
    this.logDir = path.join(
      env.STACK_DIR ? path.resolve(env.STACK_DIR) : path.join(root, '.stack'),
      'logs',
    );
    this.log = log;
    this.env = env;
    this.children = [];
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

  async waitReady(entry, url, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (entry.exited)
        throw new Error(`${entry.name} died during start-up; see ${this.logFile(entry.name)}`);
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (res.ok) return;
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
    ];
    const taken = [];
    for (const [what, port] of ports) if (await portInUse(port)) taken.push(`${what} port ${port}`);
    if (taken.length) {
      throw new Error(
        `Cannot start the stack: ${taken.join(', ')} already in use on 127.0.0.1. Stop whatever listens there (or set the *_PORT variables in .env.example).`,
      );
    }
  }

  async start({ fresh = false } = {}) {
    const c = this.cfg;
    await this.checkPorts();
    const kratosBin = await ensureKratosBinary({ log: (l) => this.log(`[kratos-build] ${l}`) });
    if (!existsSync(path.join(root, this.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
      throw new Error('The UI is not built; run `npm run build` first.');
    }
    if (fresh) rmSync(this.dataDir, { recursive: true, force: true });
    mkdirSync(this.dataDir, { recursive: true });

    const mail = this.spawnService('maildev', process.execPath, [
      path.join(root, 'node_modules/maildev/dist/bin/maildev.js'),
      '--smtp',
      String(c.smtpPort),
      '--web',
      String(c.mailWebPort),
      '--ip',
      '127.0.0.1',
      '--web-ip',
      '127.0.0.1',
    ]);

    // Example ID, a local OpenID provider, so social sign-in works without the internet.
    const oidcIssuer = `http://127.0.0.1:${c.oidcPort}`;
    // Services the e2e suite may stop and start again: how to launch each, and when it is ready.
    this.restartable = {};
    this.restartable.oidc = {
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
      ready: `${oidcIssuer}/.well-known/openid-configuration`,
    };
    const oidc = this.restartable.oidc.launch();

    const kratosEnv = {
      // WAL and a busy timeout: concurrent sign-ins otherwise hit "database is locked".
      DSN:
        this.env.KRATOS_DSN ||
        `sqlite://${path.join(this.dataDir, 'kratos.sqlite')}?_fk=true&mode=rwc&_busy_timeout=10000&_journal_mode=WAL`,
      SERVE_PUBLIC_BASE_URL: `${c.uiUrl}${c.browserPath}/`,
      SERVE_PUBLIC_PORT: String(c.kratosPublicPort),
      SERVE_ADMIN_PORT: String(c.kratosAdminPort),
      COURIER_SMTP_CONNECTION_URI: `smtp://127.0.0.1:${c.smtpPort}/?disable_starttls=true`,
      // Our pages, wherever the UI listens (kratos.yml says 127.0.0.1:3000), so a second stack
      // on other ports works side by side.
      SELFSERVICE_DEFAULT_BROWSER_RETURN_URL: `${c.uiUrl}/`,
      SELFSERVICE_ALLOWED_RETURN_URLS: c.uiUrl,
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
      LOG_LEVEL: this.env.KRATOS_LOG_LEVEL || 'info',
    };
    this.log('[stack] migrating the Kratos database');
    const migrate = spawnSync(
      kratosBin,
      ['migrate', 'sql', '-e', '--yes', '-c', 'kratos/kratos.yml'],
      {
        cwd: root,
        env: { ...this.env, ...kratosEnv },
        encoding: 'utf8',
      },
    );
    if (migrate.status !== 0) {
      throw new Error(
        `kratos migrate failed:\n${(migrate.stderr || migrate.stdout).split('\n').slice(-20).join('\n')}`,
      );
    }
    this.restartable.kratos = {
      launch: () =>
        this.spawnService(
          'kratos',
          kratosBin,
          ['serve', '-c', 'kratos/kratos.yml', '--dev', '--watch-courier', '--sqa-opt-out'],
          kratosEnv,
        ),
      ready: `http://127.0.0.1:${c.kratosPublicPort}/health/ready`,
    };
    const kratos = this.restartable.kratos.launch();

    const ui = this.spawnService(
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
      {
        NEXT_TELEMETRY_DISABLED: '1',
        KRATOS_PUBLIC_URL: `http://127.0.0.1:${c.kratosPublicPort}`,
        KRATOS_BROWSER_PATH: c.browserPath,
        UI_URL: c.uiUrl,
        // SQLite takes one writer at a time: the UI queues its writes instead of letting them
        // pile up on Kratos's lock (lib/kratos/write-gate.ts). Postgres needs no limit.
        KRATOS_MAX_CONCURRENT_WRITES:
          this.env.KRATOS_MAX_CONCURRENT_WRITES ?? (this.env.KRATOS_DSN ? '0' : '1'),
        // Kratos answers the social sign-in form with a redirect to the provider.
        CSP_FORM_ACTION: [this.env.CSP_FORM_ACTION, oidcIssuer].filter(Boolean).join(' '),
      },
    );

    await Promise.all([
      this.waitReady(mail, `http://127.0.0.1:${c.mailWebPort}/api/email`),
      this.waitReady(oidc, this.restartable.oidc.ready),
      this.waitReady(kratos, this.restartable.kratos.ready),
      this.waitReady(ui, `${c.uiUrl}/api/health`),
    ]);
    await this.waitReady(ui, `${c.uiUrl}/api/ready`);
    this.log('[stack] all services ready');
    return this;
  }

  get urls() {
    const c = this.cfg;
    return {
      ui: c.uiUrl,
      inbox: `http://127.0.0.1:${c.mailWebPort}`,
      oidc: `http://127.0.0.1:${c.oidcPort}`,
      kratosPublic: `http://127.0.0.1:${c.kratosPublicPort}`,
      kratosAdmin: `http://127.0.0.1:${c.kratosAdminPort}`,
    };
  }

  /**
   * Stops a service (by PID) so that it can be started again: the e2e outage test stops Kratos,
   * the social sign-in test stops Example ID.
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

  /** Starts a stopped service again (see `restartable`) and waits until it is ready. */
  async startService(name) {
    if (this.children.some((c) => c.name === name && !c.exited)) return;
    const { launch, ready } = this.restartable[name];
    await this.waitReady(launch(), ready);
  }

  /**
   * A loopback-only control endpoint for the e2e suite: POST /kratos/stop, /kratos/start,
   * /oidc/stop and /oidc/start.
   * Only the test runner opens it.
   */
  async openControl(port) {
    const http = await import('node:http');
    this.control = http.createServer(async (req, res) => {
      try {
        const [, name, action] = /^\/(kratos|oidc)\/(stop|start)$/.exec(req.url ?? '') ?? [];
        if (req.method === 'POST' && name && action === 'stop') await this.stopService(name);
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
      this.control.listen(port, '127.0.0.1', resolve);
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
