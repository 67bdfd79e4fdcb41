/**
 * A headless Chromium for console tests (playwright-core with Debian's /usr/bin/chromium). Where that
 * browser is missing, the tests skip with a visible reason (install it with `apt-get install -y chromium`).
 * Pages collect console errors and uncaught exceptions, which the tests assert to be none.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.ISTD_CHROMIUM ?? '/usr/bin/chromium';

export const skipWithoutBrowser: string | false = existsSync(CHROMIUM)
  ? false
  : `SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set ISTD_CHROMIUM)`;

/** Where screenshots go (ignored by git). */
export const ARTIFACTS = join(process.cwd(), 'test', 'artifacts');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run'],
  });
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors and page errors seen so far. */
  readonly errors: string[];
}

export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Every visible form control has a label (its own <label>, or aria-label). */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.$$eval('input:not([type=hidden]), select, textarea', (elements) =>
    elements
      .filter(
        (element) =>
          (element as unknown as { labels?: { length: number } | null }).labels?.length === 0 &&
          !element.getAttribute('aria-label'),
      )
      .map((element) => element.outerHTML),
  );
}
