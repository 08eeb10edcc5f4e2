// The claims and projects pages in a real browser, at desktop and phone width.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, DESKTOP, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot, gotoReady } from "./browser";
import { readClaimCatalogue } from "@/lib/claims/seed-files";
import { formatUsdBn } from "@/lib/core/format";

/** Every claim of the shipped catalogue is on the page. */
const CATALOGUE_SIZE = readClaimCatalogue().length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  const page = await newPage(browser, viewport);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const response = await gotoReady(page, `${baseUrl()}${path}`, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  expect(errors).toEqual([]);
  return page;
}

/** The elements that stick out of the viewport, for a failure message. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest(".table-wrap"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? "").slice(0, 40)}`),
  );
}

describe("/claims", () => {
  it("shows each claim with its quote, computed verdict badges per reporter, the evidence chart and a link to the data", async () => {
    const page = await open("/claims");
    const claims = page.getByTestId("claim");
    expect(await claims.count()).toBe(CATALOGUE_SIZE);
    // the page starts with its answer: the summary of the verdicts, then one table row per claim linking to its evidence
    await expect(page.locator("[data-headline]").textContent()).resolves.toContain(`${CATALOGUE_SIZE} claims`);
    const rows = page.getByTestId("claims-table-row");
    expect(await rows.count()).toBe(CATALOGUE_SIZE);
    const targets = await rows
      .locator("a")
      .evaluateAll((links) => links.map((a) => document.getElementById(a.getAttribute("href")!.slice(1))?.dataset.testid));
    expect(targets).toEqual(Array(CATALOGUE_SIZE).fill("claim"));
    await expect(rows.first().locator('[data-verdict="supported"]').textContent()).resolves.toContain("China's customs: supported");
    const record = page.locator("#region-record-2024");
    await expect(record.locator("blockquote").textContent()).resolves.toContain("a record $95 billion in 2024");
    await expect(record.locator('[data-verdict="supported"]').first().textContent()).resolves.toContain("China's customs: supported");
    await expect(record.getByTestId("verdict-explanation").first().textContent()).resolves.toContain("$94.82bn in 2024");
    // an evidence chart fetches its figures and draws once it is in view
    await record.locator(".chart-box").scrollIntoViewIfNeeded();
    await expect.poll(() => record.locator(".recharts-line").count()).toBeGreaterThan(0);
    const forecast = page.locator("#region-forecast");
    // a forecast made in 2025 about "the coming years", checked against the 2025 figure now in the data
    await expect(forecast.textContent()).resolves.toContain("holds so far (2025)");
    const center = page.locator("#astana-digital-innovation-center");
    expect(await center.locator('[data-verdict="not found in the data"]').count()).toBeGreaterThan(0);
    const link = page.locator("#kaz-steady-growth a", { hasText: "data view" });
    expect(await link.getAttribute("href")).toBe("/data?country=KAZ&time=2020..2024&reporter=CHN~partner~EDB&flow=turnover");
    const projectLink = page.locator("#caspian-ports a", { hasText: "project records" });
    expect(await projectLink.getAttribute("href")).toBe("/projects?theme=caspian-ports");
    await screenshot(page, "claims-desktop");
    await page.close();
  });

  it("is readable at 390 px without sideways scroll", async () => {
    const page = await open("/claims", PHONE);
    expect(await page.getByTestId("claim").count()).toBe(CATALOGUE_SIZE);
    // the summary of the verdicts is on the first screen; the table's rows stack as cards, none wider than the screen
    const headline = await page.locator("[data-headline]").boundingBox();
    expect(headline!.y + headline!.height).toBeLessThanOrEqual(PHONE.height);
    const widths = await page.getByTestId("claims-table-row").evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().right));
    expect(widths).toHaveLength(CATALOGUE_SIZE);
    for (const right of widths) expect(right).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, "claims-phone");
    expect(await hasHorizontalScroll(page), (await overflowing(page)).join("; ")).toBe(false);
    await page.close();
  });
});

describe("/projects", () => {
  it("shows the table, the charts, the timeline and an offline map with pipelines and points", async () => {
    const page = await open("/projects");
    await expect(page.getByTestId("projects-count").textContent()).resolves.toContain("244 records");
    // the map is drawn once it is in view
    await page.locator(".map-box").scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(".projects-map path").count()).toBeGreaterThan(10); // country shapes
    expect(await page.getByTestId("map-pipeline").count()).toBe(4);
    expect(await page.getByTestId("map-point").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("map-point-approx").count()).toBeGreaterThan(0);
    // Recharts is fetched when a chart nears the viewport, and draws once ResponsiveContainer has measured its box
    await page.getByRole("figure", { name: "Records by sector and source" }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(10);
    await expect(page.getByTestId("no-chinese-party").textContent()).resolves.toContain("4 named projects");

    // the table: a page of 25 at a time, sorted and searched over all 244
    const rows = page.getByTestId("project-row");
    expect(await rows.count()).toBe(25);
    await expect(page.getByTestId("pager-status").textContent()).resolves.toContain("Rows 1–25 of 244");
    await page.getByRole("button", { name: "Next →" }).click();
    await expect.poll(() => page.getByTestId("pager-status").textContent()).toContain("Rows 26–50 of 244");
    const api = (await (await fetch(`${baseUrl()}/api/v1/projects`)).json()) as { data: { amountUsd: number | null }[] };
    const largest = Math.max(...api.data.flatMap((p) => (p.amountUsd === null ? [] : [p.amountUsd])));
    await page
      .locator("table.projects-table")
      .getByRole("button", { name: /Amount/ })
      .click();
    await page
      .locator("table.projects-table")
      .getByRole("button", { name: /Amount/ })
      .click();
    await expect.poll(() => rows.first().locator("td.num").textContent()).toContain(formatUsdBn(largest));
    await page.getByLabel("Search the records").fill("CNPC 2005");
    await expect
      .poll(() => page.locator("table.projects-table").textContent())
      .toContain("China National Petroleum Corp. (CNPC) · Energy / Oil · 2005");
    await expect(page.locator("table.projects-table caption").textContent()).resolves.toMatch(/\d+ of 244 records match the search/);
    // nothing is fetched from a tile server
    const external: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(baseUrl())) external.push(r.url());
    });
    await page.reload({ waitUntil: "networkidle" });
    expect(external).toEqual([]);
    await screenshot(page, "projects-desktop");
    await page.close();
  });

  it("keeps filters in the URL: a shared link opens filtered, and a filter change updates the URL", async () => {
    const page = await open("/projects?country=KGZ&theme=renewables");
    const rows = page.getByTestId("project-row");
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(20);
    for (const text of await rows.allTextContents()) expect(text).toContain("Kyrgyzstan");
    await page.getByLabel("Status").selectOption("planned");
    await page.waitForURL(/status=planned/);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="project-row"]')].every((r) => r.textContent?.includes("Planned")));
    expect(page.url()).toContain("country=KGZ");
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("status="));
    await page.close();
  });

  it("is readable at 375 px without sideways scroll", async () => {
    const page = await open("/projects", PHONE);
    expect(await page.getByTestId("project-row").count()).toBe(25);
    // the counts come first: inside the first screen, above the map
    const headline = await page.locator("[data-headline]").first().boundingBox();
    expect(headline!.y + headline!.height).toBeLessThanOrEqual(PHONE.height);
    expect(headline!.y).toBeLessThan((await page.locator(".map-box").boundingBox())!.y);
    await screenshot(page, "projects-phone");
    expect(await hasHorizontalScroll(page), (await overflowing(page)).join("; ")).toBe(false);
    await page.close();
  });

  it("on a phone keeps the filters behind one control that says what is chosen", async () => {
    const page = await open("/projects", PHONE);
    const toggle = page.locator("button.filter-sheet-toggle");
    await expect.poll(() => toggle.innerText()).toContain("All countries · all years");
    await toggle.click();
    const sheet = page.getByRole("dialog");
    await sheet.getByRole("checkbox", { name: "Kyrgyzstan" }).click();
    await page.waitForURL(/country=KGZ/);
    await sheet.getByLabel("Status").selectOption("planned");
    await page.waitForURL(/status=planned/);
    await page.keyboard.press("Escape");
    await expect.poll(() => sheet.count()).toBe(0);
    await expect.poll(() => toggle.innerText()).toContain("Kyrgyzstan · Planned · all years");
    await page.close();
  });
});
