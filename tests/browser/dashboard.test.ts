import fs from "node:fs";
import { parse } from "csv-parse/sync";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatUsdFull } from "@/lib/core/format";
import { baseUrl, DESKTOP, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot, gotoReady } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const countryBox = (page: Page, name: string) => page.getByRole("group", { name: "Country" }).getByRole("checkbox", { name });

async function openTable(page: Page, chartTitle: RegExp): Promise<string[]> {
  const figure = page.getByRole("figure", { name: chartTitle }).first();
  await figure.locator("summary", { hasText: "Show as table" }).click();
  // the table is rendered when the panel opens
  await figure.locator("tbody").waitFor();
  return figure.locator("tbody th").allInnerTexts();
}

describe("overview /", () => {
  it("holds the numbers in the first HTML, before any script runs", async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    expect(html).toContain("China–Central Asia trade");
    expect(html).toContain("$94.82bn");
  });

  it("shows China's customs and other reporters, the article's $95bn marker, and follows the country and year filters", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/`);
    // China's customs, the five together: $106.3bn in 2025, the latest year
    await expect.poll(() => page.getByTestId("headline-CHN").innerText()).toContain("$106.3bn");
    // the trend chart is drawn, with a line and a legend entry per reporter
    await expect.poll(() => page.locator(".recharts-wrapper .recharts-surface").count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(".recharts-legend-item").count()).toBeGreaterThan(1);
    await expect.poll(() => page.getByText("Article: $95bn (2024)").count()).toBeGreaterThan(0);
    // the claims strip carries computed verdicts
    const strip = await page.getByTestId("claims-strip").innerText();
    expect(strip).toContain("record $95 billion");
    expect(strip).toMatch(/China's customs[^\n]*: supported/);
    await screenshot(page, "overview-desktop");

    // Kazakhstan only: China's customs headline becomes Kazakhstan's 2025 $48.70bn
    for (const name of ["Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]) await countryBox(page, name).uncheck();
    await expect.poll(() => page.url()).toContain("country=KAZ");
    await expect.poll(() => page.getByTestId("headline-CHN").innerText()).toContain("$48.70bn");
    expect(await page.getByText("Article: $95bn (2024)").count()).toBe(0);

    // a year range: the chart's table alternative shows only those years
    await page.getByLabel("From year").fill("2015");
    await page.getByLabel("To year").fill("2020");
    await expect.poll(() => decodeURIComponent(page.url())).toContain("time=2015..2020");
    const years = await openTable(page, /China–Central Asia trade by reporter/);
    expect(years.length).toBeGreaterThan(0);
    for (const y of years) expect(Number(y)).toBeGreaterThanOrEqual(2015);
    for (const y of years) expect(Number(y)).toBeLessThanOrEqual(2020);

    // the URL reproduces the view
    const url = page.url();
    const again = await newPage(browser);
    await gotoReady(again, url);
    expect(await countryBox(again, "Kazakhstan").isChecked()).toBe(true);
    expect(await countryBox(again, "Uzbekistan").isChecked()).toBe(false);
    expect(await again.getByLabel("From year").inputValue()).toBe("2015");
    expect(await again.getByLabel("To year").inputValue()).toBe("2020");
    await expect.poll(() => again.getByTestId("headline-KAZ").innerText()).toContain("2020");

    // the back button goes back through the filter changes
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.getByLabel("From year").inputValue()).toBe("");
    await again.context().close();
    await page.context().close();
  });

  it("downloads the CSV of exactly the current filters", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/data?country=KGZ~UZB&time=2018..2022`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("caravan-trade_KGZ-UZB_2018-2022.csv");
    const rows: Record<string, string>[] = parse(fs.readFileSync((await download.path())!), { columns: true });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(["KGZ", "UZB"]).toContain(row.partner);
      expect(Number(row.year)).toBeGreaterThanOrEqual(2018);
      expect(Number(row.year)).toBeLessThanOrEqual(2022);
      expect(row.flow).toBe("turnover");
      expect(row.source_url).toMatch(/^https?:\/\//);
    }
    // the table on the page counts the same figures (and shows them, a page at a time)
    await expect.poll(() => page.getByTestId("row-count").innerText()).toContain(`${rows.length} figures.`);
    expect(await page.getByTestId("data-table").locator("tbody tr").count()).toBe(Math.min(rows.length, 25));
    await page.context().close();
  });
});

describe("/data", () => {
  it("sorts by value and changes with the filters without a full reload", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/data?country=KAZ&time=2020..2024`);
    const marker = await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = Math.random()));
    await page.getByRole("button", { name: /Value/ }).click();
    const values = await page.getByTestId("data-table").locator("tbody td.num").allInnerTexts();
    const numbers = values.map((v) => Number(v.replace(/[^0-9.]/g, "")));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const before = await page.getByTestId("data-table").locator("tbody tr").count();
    await countryBox(page, "Uzbekistan").check();
    await expect.poll(() => page.getByTestId("data-table").locator("tbody tr").count()).toBeGreaterThan(before);
    expect(await page.evaluate(() => (window as unknown as { __marker: number }).__marker)).toBe(marker);
    await screenshot(page, "data-desktop");
    await page.context().close();
  });

  it("shows a long view a page at a time, and sorts and searches every row of it", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/data`);
    const api = (await (await fetch(`${baseUrl()}/api/v1/trade?flow=turnover`)).json()) as { data: { valueUsd: number; partner: string }[] };
    const total = api.data.length;
    expect(total).toBeGreaterThan(25);
    const table = page.getByTestId("data-table");
    // the HTML carries the first page only, never the whole view
    const html = await (await fetch(`${baseUrl()}/data`)).text();
    expect(html.match(/<tr/g)?.length ?? 0).toBeLessThanOrEqual(26);
    expect(await table.locator("tbody tr").count()).toBe(25);
    await expect(page.getByTestId("pager-status").innerText()).resolves.toContain(`Rows 1–25 of ${total}`);
    await page.getByRole("button", { name: "Next →" }).click();
    await expect.poll(() => page.getByTestId("pager-status").innerText()).toContain(`Rows 26–50 of ${total}`);

    // sorting is over every row: the largest value of the whole view comes first
    await page.getByRole("button", { name: /Value/ }).click();
    await page.getByRole("button", { name: /Value/ }).click();
    const largest = Math.max(...api.data.map((r) => r.valueUsd));
    await expect.poll(() => table.locator("tbody tr").first().locator("td.num").getAttribute("title")).toBe(formatUsdFull(largest));

    // so is the search: every Tajikistan figure, wherever it stood
    await page.getByLabel("Search the figures").fill("Tajikistan");
    const tajik = api.data.filter((r) => r.partner === "TJK").length;
    await expect.poll(() => page.getByTestId("row-count").innerText()).toContain(`${tajik} of ${total} figures match`);
    for (const text of await table.locator("tbody tr td:first-child").allInnerTexts()) expect(text).toBe("Tajikistan");
    await page.context().close();
  });

  it("says what is missing instead of showing nothing", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/data?country=TJK&time=2000..2010&reporter=CHN`);
    await expect
      .poll(() => page.getByRole("status").first().innerText())
      .toMatch(/No China's customs .*figure for Tajikistan in 2000–2010 \(its figures cover 2018–2025\)/);
    await page.context().close();
  });
});

describe("/countries/KAZ", () => {
  it("makes the China's-customs vs Kazakh-statistics gap obvious, the other side being Kazakhstan's own statistics", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/countries/KAZ`);
    // the latest of each side: China's customs $48.70bn (2025); Kazakhstan's statistics office $30.06bn (2023), not the EDB's figure
    await expect.poll(() => page.getByTestId("china-figure").innerText()).toBe("$48.70bn");
    expect(await page.getByTestId("partner-figure").innerText()).toBe("$30.06bn");
    const sameYear = await page.getByTestId("same-year-gap").innerText();
    expect(sameYear).toContain("$41.00bn");
    expect(sameYear).toContain("$30.06bn");
    expect(await page.getByTestId("country-claim").innerText()).toContain("exceeded $30 billion");
    // computed from the data, per reporter, for the claim's year: China's customs $43.82bn, the EDB $30.10bn
    expect(await page.getByTestId("country-claim").innerText()).toMatch(/China.s customs \$43\.82bn.*Eurasian\s+Development Bank \$30\.10bn/s);
    // the claim is drawn as a threshold line across the turnover chart, once the chart is in view
    // Recharts draws after it measures its container: wait for the label rather than count at once
    await page.getByRole("figure", { name: /turnover by reporter/ }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByText("Article: “exceeded $30 billion” (2024)").count()).toBeGreaterThan(0);
    await screenshot(page, "country-KAZ-desktop");
    await page.context().close();
  });

  it("switches country with the Country chips (links, the current one marked) and keeps the years", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/countries/KAZ?time=2010..2024`);
    const countries = page.getByRole("group", { name: "Country" });
    expect(await countries.getByRole("link", { name: "Kazakhstan" }).getAttribute("aria-current")).toBe("page");
    expect(await page.locator("main select").count()).toBe(0);
    await countries.getByRole("link", { name: "Kyrgyzstan" }).click();
    await expect.poll(() => page.url()).toContain("/countries/KGZ");
    expect(decodeURIComponent(page.url())).toContain("time=2010..2024");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toContain("Kyrgyzstan");
    expect(await page.getByRole("group", { name: "Country" }).getByRole("link", { name: "Kyrgyzstan" }).getAttribute("aria-current")).toBe("page");
    await page.context().close();
  });
});

describe("/mirror", () => {
  it("shows both sides and the gap, with the explanation", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/mirror?country=KAZ`);
    expect(await page.getByRole("heading", { name: "Why the two sides differ" }).count()).toBe(1);
    const row = page.getByTestId("mirror-table").locator("tr", { hasText: "2023" }).first();
    await expect.poll(() => row.innerText()).toContain("$41.00bn");
    expect(await row.innerText()).toContain("$30.06bn");
    await screenshot(page, "mirror-desktop");
    await page.context().close();
  });
});

describe("phone width (375 px)", () => {
  it.each(["/", "/countries/KAZ", "/mirror", "/data"])("%s has no sideways scrolling", async (path) => {
    const page = await newPage(browser, PHONE);
    await gotoReady(page, `${baseUrl()}${path}`);
    await page.locator("main h1").waitFor();
    await page.waitForTimeout(500);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, `${path === "/" ? "overview" : path.replace(/\//g, "-").replace(/^-/, "")}-phone`);
    await page.context().close();
  });

  it("keeps the controls keyboard-reachable", async () => {
    const page = await newPage(browser, DESKTOP);
    await gotoReady(page, `${baseUrl()}/`);
    const reached = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      reached.add(
        await page.evaluate(
          () => (document.activeElement as HTMLElement | null)?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "",
        ),
      );
    }
    const focusedLabels = [...reached].join("|");
    expect(focusedLabels).toMatch(/Download CSV/);
    await page.context().close();
  });
});
