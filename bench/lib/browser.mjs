// @ts-check
// Headless Chromium (Playwright from the root node_modules, Debian's /usr/bin/chromium) and the
// sign-in steps as a person does them: password, "Send code to …", the code from the mail.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, urls } from './common.mjs';
import { mailTo, waitForCode } from './kratos.mjs';

export const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const STEP = (step) => `[data-testid="second-factor"][data-step="${step}"]`;

/** From /login: e-mail and password, then the 2FA screen's choose step. */
export async function signInWithPassword(page, user) {
  await page.goto(`${urls.ui}/login`);
  await page.fill('input[name="identifier"]', user.email);
  await page.fill('input[name="password"]', user.password);
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/login' && u.searchParams.has('flow')),
    page.click('button[name="method"][value="password"]'),
  ]);
  await page.waitForSelector(STEP('choose'));
}

/** Presses "Send code to <email>"; waits for the enter-code step. Returns the mail count before. */
export async function pressSendCode(page, email) {
  const before = (await mailTo(email)).length;
  await page.click(`[data-testid="send-code"][value="${email}"]`);
  await page.waitForSelector(STEP('enter-code'));
  return before;
}

/** Types the code, presses Continue, and waits for the landing page (home). */
export async function enterCode(page, code) {
  await page.fill('input[name="code"]', code);
  await Promise.all([
    page.waitForURL((u) => u.origin === new URL(urls.ui).origin && u.pathname === '/'),
    page.click('[data-testid="submit-code"]'),
  ]);
}

/** The whole login in `page`; returns the mail wait. */
export async function signInFully(page, user) {
  await signInWithPassword(page, user);
  const before = await pressSendCode(page, user.email);
  const { code, waitMs } = await waitForCode(user.email, { after: before });
  await enterCode(page, code);
  return waitMs;
}
