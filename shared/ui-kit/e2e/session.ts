import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { collectPageErrors, launchBrowser, type E2EBrowser, type LaunchOptions } from "./browser";
import { startE2EStack, type E2EStack, type E2EStackOptions } from "./stack";

export interface BrowserSessionOptions extends LaunchOptions {
  /** Options of the stack (`startE2EStack`). */
  stack?: E2EStackOptions;
  /** Folder for `shot()` screenshots (created on first use); without it `shot()` does nothing. */
  screenshots?: string;
}

export interface BrowserSession {
  stack: E2EStack;
  browser: E2EBrowser;
  /** The browser's first tab. */
  page: Page;
  /** Uncaught errors of `page` so far (a live array): a test asserts there were none. */
  pageErrors: string[];
  /** A full-page screenshot `<screenshots>/<name>.png`, when a screenshot folder was given. */
  shot(name: string, options?: { settleMs?: number }): Promise<void>;
  /** Closes the browser, then stops the stack. */
  close(): Promise<void>;
}

/**
 * What every browser test starts with: a fresh stack (subgraphs, gateway, built frontends) and headless
 * Chromium with one tab whose uncaught errors are collected. Call it in `beforeAll` (seeding takes a
 * minute or two) and `close()` it in `afterAll`.
 */
export async function startBrowserSession(options: BrowserSessionOptions = {}): Promise<BrowserSession> {
  const stack = await startE2EStack(options.stack);
  let browser: E2EBrowser;
  try {
    browser = await launchBrowser(options.viewport ? { viewport: options.viewport } : {});
  } catch (error) {
    await stack.stop();
    throw error;
  }
  const page = await browser.page();
  const pageErrors = collectPageErrors(page);
  return {
    stack,
    browser,
    page,
    pageErrors,
    async shot(name, { settleMs = 0 } = {}) {
      if (!options.screenshots) return;
      mkdirSync(options.screenshots, { recursive: true });
      if (settleMs > 0) await page.waitForTimeout(settleMs);
      await page.screenshot({ path: join(options.screenshots, `${name}.png`), fullPage: true });
    },
    async close() {
      try {
        await browser.close();
      } finally {
        await stack.stop();
      }
    },
  };
}
