// Loads one page in a cold Chromium and weighs every response it fetched. Sizes are gzipped
// here (level 9) from the bodies, because `next start` may serve uncompressed and
// content-length then says nothing about what a CDN would send.
import { gzipSync } from 'node:zlib';
// Through @playwright/test, the project's own dependency (it re-exports playwright-core's).
import { chromium } from '@playwright/test';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const TYPES = ['document', 'script', 'stylesheet', 'font', 'image', 'other'];

const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * @param {string} url
 * @param {{ chromiumPath?: string, javaScriptEnabled?: boolean, inspect?: (page: import('@playwright/test').Page) => Promise<unknown> }} [options]
 *   `inspect` runs on the loaded page; its result is returned as `inspected`.
 *   `javaScriptEnabled: false` shows what a visitor without JS (or before hydration) gets.
 */
export async function measurePage(
  url,
  { chromiumPath = '/usr/bin/chromium', javaScriptEnabled = true, inspect } = {},
) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS });
  try {
    // A fresh context has an empty HTTP cache: this is a first visit.
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const pending = [];
    page.on('response', (response) => {
      // Redirects carry no body worth counting; reading one throws.
      if (response.status() >= 300 && response.status() < 400) return;
      pending.push(
        response
          .body()
          .then((body) => ({
            url: response.url(),
            type: response.request().resourceType(),
            raw: body.length,
            gzip: gzipSize(body),
          }))
          .catch(() => null), // e.g. aborted or evicted before we read it
      );
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const inspected = inspect ? await inspect(page) : undefined;
    // Inline <script> text (Next's RSC payload) lives in the document bytes, not in jsGzip.
    const inline = await page.$$eval('script:not([src])', (els) =>
      els.map((e) => e.textContent ?? '').join('\n'),
    );
    const finalUrl = page.url();
    const responses = (await Promise.all(pending)).filter(Boolean);
    await context.close();

    const byType = Object.fromEntries(TYPES.map((t) => [t, { count: 0, raw: 0, gzip: 0 }]));
    for (const r of responses) {
      const bucket = byType[TYPES.includes(r.type) ? r.type : 'other'];
      bucket.count += 1;
      bucket.raw += r.raw;
      bucket.gzip += r.gzip;
    }
    const scripts = responses
      .filter((r) => r.type === 'script')
      .map(({ url: u, raw, gzip }) => ({ url: u, raw, gzip }))
      .sort((a, b) => b.gzip - a.gzip);
    const inlineBuf = Buffer.from(inline);
    return {
      url,
      finalUrl,
      scripts,
      jsGzip: byType.script.gzip,
      totalGzip: responses.reduce((sum, r) => sum + r.gzip, 0),
      byType,
      inlineScripts: { raw: inlineBuf.length, gzip: gzipSize(inlineBuf) },
      ...(inspect ? { inspected } : {}),
    };
  } finally {
    await browser.close();
  }
}
