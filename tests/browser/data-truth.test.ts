// What the pages say about the data itself, in a real browser: how fresh it
// is, which side a figure is from, and that an incomplete set of countries
// is never drawn as the region's total.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, gotoReady, launchBrowser, newPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("every page says how fresh its data is", () => {
  it.each(["/", "/countries/KAZ", "/mirror", "/data", "/claims", "/projects", "/check"])("%s", async (path) => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}${path}`);
    const line = await page.getByTestId("data-freshness").innerText();
    // the latest full year of China's customs in the seeded data, and when it was loaded
    expect(line).toContain("China's customs to 2025");
    expect(line).toMatch(/Loaded \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    // a figure whose side is not stated is no reporter's series, so it has no "latest year" here
    expect(line).not.toContain("UNSTATED");
    await page.context().close();
  });
});

describe("series never mix or mislabel reporters", () => {
  it("draws the partners' own statistics by country side by side, not stacked, while some countries have no figure", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/`);
    await page.getByRole("radio", { name: "Each partner's own statistics" }).check();
    // Tajikistan's and Turkmenistan's own statistics are missing for most years
    await expect.poll(() => page.getByTestId("incomplete-stack").innerText()).toContain("Not stacked");
    await page.context().close();
  });

  it("says when a partner publishes no figures of its own instead of setting another reporter against China", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/countries/TKM`);
    await expect
      .poll(() => page.getByTestId("side-by-side").innerText())
      .toContain("Turkmenistan's own statistics on its trade with China are not in the data");
    expect(await page.getByTestId("partner-figure").innerText()).toBe("—");
    await page.context().close();
  });

  it("never draws a figure whose side is not stated as a line", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/`);
    await expect.poll(() => page.locator(".recharts-legend-item").count()).toBeGreaterThan(0);
    const legend = await page.locator(".recharts-legend-item").allInnerTexts();
    expect(legend.join(" ")).not.toMatch(/not stated|UNSTATED/i);
    await page.context().close();
  });
});
