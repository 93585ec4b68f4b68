import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { collectPageErrors, launchBrowser, type E2EBrowser, type LaunchOptions } from "./browser";
import { installStackTime, moveStackAndPageClock } from "./clock";
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
  /** The stack's current time: what the services and the page take as "now". Base test fixtures on it. */
  now(): Date;
  /**
   * Moves the time of every subgraph and of the browser to `at` together, e.g. past a shift's end instead of
   * waiting for it; from there both move on with real time.
   */
  moveClock(at: string | Date): Promise<void>;
  /** A full-page screenshot `<screenshots>/<name>.png`, when a screenshot folder was given. */
  shot(name: string, options?: { settleMs?: number }): Promise<void>;
  /** Closes the browser, then stops the stack. */
  close(): Promise<void>;
}

async function launchOnStackTime(stack: E2EStack, options: LaunchOptions): Promise<E2EBrowser> {
  const browser = await launchBrowser(options);
  try {
    await installStackTime(browser.context, stack);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/**
 * What every browser test starts with: a fresh stack (subgraphs, gateway, built frontends) on the stack's
 * fixed clock and headless Chromium on the same time, with one tab whose uncaught errors are collected.
 * Call it in `beforeAll` (seeding takes a minute or two) and `close()` it in `afterAll`.
 */
export async function startBrowserSession(options: BrowserSessionOptions = {}): Promise<BrowserSession> {
  const stack = await startE2EStack(options.stack);
  let browser: E2EBrowser;
  try {
    browser = await launchOnStackTime(stack, options.viewport ? { viewport: options.viewport } : {});
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
    now: () => new Date(stack.clockNow()),
    moveClock: (at) => moveStackAndPageClock(browser.context, stack, at),
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
