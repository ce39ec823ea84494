#!/usr/bin/env node
// @ts-check
// Lighthouse performance score (mobile preset: Moto G class device, simulated slow 4G and 4×
// CPU slowdown) of /login and of the 2FA screen in both steps. The 2FA screens need a session:
// it is made over HTTP (password; "Send code" for the enter-code step) and its cookies are sent
// with every request through Lighthouse's extraHeaders, so Lighthouse's own cache and storage
// reset still give a cold first visit.
//
// Lighthouse is a bench-only dependency in bench/package.json (pinned 12.2.3: 13 wants Node 22).
//   npm ci --prefix bench    (run-all.mjs and this script do it when it is missing)
//   node bench/lighthouse.mjs [--runs 3] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  benchDir,
  isMain,
  machineLoad,
  median,
  printTable,
  requireStack,
  round,
  urls,
  writeResult,
} from './lib/common.mjs';
import { createIdentity, deleteIdentity, signInHttp, startLoginFlow } from './lib/kratos.mjs';

export const TARGET_SCORE = 0.98;
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
  ttfb: 'server-response-time',
  redirects: 'redirects',
  bootup: 'bootup-time',
};

/** Installs bench/node_modules (Lighthouse) from bench/package-lock.json when missing. */
/** @param {import('node:child_process').StdioOptions} [stdio] */
export function ensureLighthouse(stdio = 'inherit') {
  if (existsSync(path.join(benchDir, 'node_modules/lighthouse/package.json'))) return;
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: benchDir, stdio });
  if (r.status !== 0) throw new Error('npm ci in bench/ failed');
}

async function lighthouseOnce(url, cookieHeader, blockScripts = false) {
  // bench/node_modules, installed on demand by ensureLighthouse: named by variable, so the
  // type check of the tooling does not look for them in the app's tree.
  const [LIGHTHOUSE, CHROME_LAUNCHER] = ['lighthouse', 'chrome-launcher'];
  const { default: lighthouse } = await import(LIGHTHOUSE);
  const chromeLauncher = await import(CHROME_LAUNCHER);
  process.env.CHROME_PATH = CHROMIUM_PATH;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      ...(cookieHeader ? { extraHeaders: { Cookie: cookieHeader } } : {}),
      // What the JavaScript costs: the same page with Next's script chunks not loaded (the
      // pages work without JavaScript, so this is the page a no-JS visitor gets).
      ...(blockScripts ? { blockedUrlPatterns: ['*/_next/static/chunks/*.js'] } : {}),
    });
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue]),
    );
    return {
      score: lhr.categories.performance.score,
      finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl,
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      // Lighthouse's own measure of this host's CPU (higher is faster; ~1000+ is a fast desktop).
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      ...metrics,
    };
  } finally {
    await chrome.kill();
  }
}

/** The pages, each made fresh per run: its URL and the cookies to send. */
const PAGES = {
  login: {
    label: '/login (fresh flow, via /start/login)',
    prepare: async () => ({ url: `${urls.ui}/login` }),
  },
  loginFlow: {
    label: '/login?flow=<fresh id>',
    prepare: async () => {
      const { client, path: p } = await startLoginFlow();
      return { url: `${urls.ui}${p}`, cookie: client.cookieHeader() };
    },
  },
  secondFactorChoose: {
    label: '2FA screen, choose',
    prepare: async (user) => {
      const r = await signInHttp(user);
      return {
        url: `${urls.ui}${r.choosePath}`,
        cookie: r.client.cookieHeader(),
        expect: 'choose',
      };
    },
  },
  secondFactorEnterCode: {
    label: '2FA screen, enter code',
    prepare: async (user) => {
      const r = await signInHttp(user, { sendCode: true });
      return {
        url: `${urls.ui}${r.enterPath}`,
        cookie: r.client.cookieHeader(),
        expect: 'enter-code',
      };
    },
  },
  loginFlowNoJs: {
    label: '/login?flow=, scripts blocked (reference)',
    reference: true,
    blockScripts: true,
    prepare: async () => {
      const { client, path: p } = await startLoginFlow();
      return { url: `${urls.ui}${p}`, cookie: client.cookieHeader() };
    },
  },
};

export async function run({ runs = 3, log = console.error } = {}) {
  ensureLighthouse(['ignore', 2, 2]);
  await requireStack();
  const loadBefore = machineLoad();
  const pages = {};
  let retries = 0;
  for (const [key, page] of Object.entries(PAGES)) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const user = await createIdentity();
      try {
        const { url, cookie, expect } = await page.prepare(user);
        if (expect) {
          // The page really is that step for this session (a plain GET with the same cookies).
          const html = await fetch(url, { headers: { cookie } }).then((r) => r.text());
          if (!html.includes(`data-step="${expect}"`))
            throw new Error(`${url} is not the ${expect} step`);
        }
        // Lighthouse 12 with a newer Chromium now and then loses the trace (NO_NAVSTART):
        // such a run has no numbers at all, so it is run again (twice at most).
        let s;
        for (let attempt = 0; !s; attempt++) {
          try {
            s = await lighthouseOnce(url, cookie, page.blockScripts);
          } catch (err) {
            if (attempt >= 2 || !/NO_NAVSTART|NO_FCP|PROTOCOL_TIMEOUT/.test(err.message)) throw err;
            log(`[lighthouse] ${err.message.split(' ').slice(0, 2).join(' ')}; running again`);
            retries += 1;
          }
        }
        log(`[lighthouse] ${page.label} run ${i + 1}/${runs}: score ${s.score}`);
        samples.push(s);
      } finally {
        await deleteIdentity(user.id);
      }
    }
    const med = (k) => {
      const v = samples.map((s) => s[k]).filter(Number.isFinite);
      return v.length ? median(v) : null;
    };
    pages[key] = {
      label: page.label,
      score: med('score'),
      scores: samples.map((s) => s.score),
      hit: page.reference ? null : med('score') >= TARGET_SCORE,
      ...Object.fromEntries(
        Object.keys(METRICS).map((k) => [k, round(med(k), k === 'cls' ? 3 : 0)]),
      ),
      benchmarkIndex: round(med('benchmarkIndex'), 0),
      finalUrl: new URL(samples[0].finalUrl).pathname,
    };
  }
  return {
    measuredAt: new Date().toISOString(),
    lighthouseVersion: JSON.parse(
      readFileSync(path.join(benchDir, 'node_modules/lighthouse/package.json'), 'utf8'),
    ).version,
    preset: 'mobile (default config), performance only, simulated throttling',
    runs,
    retriesAfterLostTrace: retries,
    target: TARGET_SCORE,
    loadBefore,
    loadAfter: machineLoad(),
    pages,
  };
}

export function print(r, out = console.log) {
  out(
    `Lighthouse ${r.lighthouseVersion} ${r.preset}; median of ${r.runs} runs; target ≥ ${r.target}`,
  );
  const rows = [
    [
      'page',
      'score',
      'runs',
      'FCP ms',
      'LCP ms',
      'TBT ms',
      'CLS',
      'SI ms',
      'TTFB ms',
      'redirects ms',
      'JS boot ms',
      'host index',
      'target',
    ],
  ];
  for (const p of Object.values(r.pages))
    rows.push([
      p.label,
      p.score,
      p.scores.join(' '),
      p.fcp,
      p.lcp,
      p.tbt,
      p.cls,
      p.si,
      p.ttfb,
      p.redirects,
      p.bootup,
      p.benchmarkIndex,
      p.hit === null ? 'reference' : p.hit ? 'HIT' : 'MISSED',
    ]);
  printTable(rows, out);
}

if (isMain(import.meta.url)) {
  const { values: a } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
    },
  });
  try {
    const r = await run({ runs: Number(a.runs) });
    const file = await writeResult('lighthouse', r);
    if (a.json) console.log(JSON.stringify(r, null, 2));
    else {
      print(r);
      console.log(`\nWritten to ${file}`);
    }
  } catch (err) {
    console.error(`[lighthouse] ${err.stack}`);
    process.exitCode = 1;
  }
}
