// @ts-check
// Loads one page in a cold Chromium and weighs every response it fetched. Sizes are gzipped
// here (level 9) from the bodies, because `next start` may serve uncompressed and
// content-length then says nothing about what a CDN would send.
import { gzipSync } from 'node:zlib';
// Through @playwright/test, the project's own dependency (it re-exports playwright-core's).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH } from './common.mjs';
const TYPES = ['document', 'script', 'stylesheet', 'font', 'image', 'other'];

const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * @param {string} url
 * @param {{ chromiumPath?: string, javaScriptEnabled?: boolean, cookies?: object[], inspect?: (page: import('@playwright/test').Page) => Promise<unknown> }} [options]
 *   `inspect` runs on the loaded page; its result is returned as `inspected`.
 *   `javaScriptEnabled: false` shows what a visitor without JS (or before hydration) gets.
 *   `cookies` (Playwright's format) are set first: a signed-in visitor with an empty cache.
 *
 * Besides the gzipped sizes, `wire` is what the browser really received over the network for
 * the visit (response headers + bodies as sent, redirects included) and `totalRaw` the
 * decoded bodies.
 */
export async function measurePage(
  url,
  { chromiumPath = CHROMIUM_PATH, javaScriptEnabled = true, inspect, cookies } = {},
) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS });
  try {
    // A fresh context has an empty HTTP cache: this is a first visit.
    const context = await browser.newContext({ javaScriptEnabled });
    if (cookies?.length) await context.addCookies(cookies);
    const page = await context.newPage();
    const pending = [];
    const wire = [];
    page.on('requestfinished', (request) => {
      wire.push(
        request
          .sizes()
          .then((s) => s.responseHeadersSize + s.responseBodySize)
          .catch(() => 0),
      );
    });
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
    const wireBytes = (await Promise.all(wire)).reduce((a, b) => a + b, 0);
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
      totalRaw: responses.reduce((sum, r) => sum + r.raw, 0),
      wire: wireBytes,
      requests: wire.length,
      byType,
      inlineScripts: { raw: inlineBuf.length, gzip: gzipSize(inlineBuf) },
      ...(inspect ? { inspected } : {}),
    };
  } finally {
    await browser.close();
  }
}
