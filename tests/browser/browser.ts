// Debian's Chromium driven by playwright-core; never a downloaded browser.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page, type Response } from "playwright-core";
import { inject } from "vitest";

export const SCREENSHOT_DIR = path.resolve("tests/screenshots");
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export function baseUrl(): string {
  return inject("baseUrl");
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    // Flags from this machine's notes: root needs --no-sandbox, and the
    // background-networking flags stop Chromium calling out of a closed network.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function newPage(browser: Browser, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** Saves a full-page screenshot for review (tests/screenshots/, git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** True when the page scrolls sideways (it must not at phone width). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** Opens a page and waits until React has hydrated it, so clicks and typing reach its handlers. */
export async function gotoReady(page: Page, url: string, options?: Parameters<Page["goto"]>[1]): Promise<Response | null> {
  const response = await page.goto(url, options);
  await page.locator("html[data-hydrated='true']").waitFor({ state: "attached", timeout: 30_000 });
  return response;
}
