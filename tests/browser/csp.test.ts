// No page breaks its own Content-Security-Policy while it loads and hydrates:
// a blocked script, style or eval is a feature that silently does not work,
// and Chromium lists it as an issue (Lighthouse's best practices).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, gotoReady, launchBrowser, newPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const PAGES = ["/", "/countries/KAZ", "/mirror", "/data", "/claims", "/projects", "/check", "/ru/projects", "/ru/check"];

async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe("pages keep to their Content-Security-Policy", () => {
  it.each(PAGES)("%s", async (path) => {
    const page = await newPage(browser);
    try {
      await watchViolations(page);
      await gotoReady(page, `${baseUrl()}${path}`, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      expect(await violations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("the watch sees a page script's blocked eval", async () => {
    const page = await newPage(browser);
    try {
      await watchViolations(page);
      // Caravan's own policy on a page whose script tries eval (code the test evaluates itself is exempt from the policy)
      const policy = (await fetch(`${baseUrl()}/countries`)).headers.get("content-security-policy");
      expect(policy).toContain("script-src 'self' 'unsafe-inline'");
      await page.route(`${baseUrl()}/csp-probe`, (route) =>
        route.fulfill({
          contentType: "text/html",
          headers: { "content-security-policy": policy! },
          body: '<!doctype html><title>probe</title><script>try { new Function(""); } catch { /* blocked */ }</script>',
        }),
      );
      await page.goto(`${baseUrl()}/csp-probe`, { waitUntil: "load" });
      await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src eval /)]);
    } finally {
      await page.context().close();
    }
  });
});
