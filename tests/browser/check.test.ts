// /check in a real browser, as a reader would use it: paste an article, see
// its trade figures marked with a verdict per reporter, open one, correct
// its reading, save it and open the permalink; at desktop and phone width.
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, gotoReady, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot } from "./browser";

const ARTICLE = fs.readFileSync(path.resolve("prisma/data/china-central-asia-community-of-shared-destiny.txt"), "utf8");
const MIXED = [
  "В 2024 году товарооборот Казахстана и Китая превысил 30 млрд долларов.",
  "2025年，中国与中亚五国贸易额达1063亿美元。",
  "Kazakhstan's population reached 20 million in 2024.",
].join("\n");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("/check", () => {
  it("marks the article's trade figures, opens the evidence, takes a correction, saves and reopens the check", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/check`);
    await page.getByLabel(/Text to check/).fill(ARTICLE);
    await page.getByLabel(/The text's date/).fill("2025-05-01");
    await page.getByRole("button", { name: "Check the claims" }).click();

    const marks = page.locator("[data-claim-index]");
    await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(2);
    const marked = await marks.allInnerTexts();
    expect(marked.join(" ")).toContain("$95 billion");
    expect(marked.join(" ")).toContain("$30 billion");

    // the $95bn claim: judged on China's customs, with the figure and its source
    await page.locator("[data-claim-index]", { hasText: "$95 billion" }).click();
    const evidence = page.getByTestId("claim-evidence");
    await expect.poll(() => evidence.innerText()).toContain("$94.82bn");
    expect(await evidence.locator('[data-verdict="supported"]').first().innerText()).toContain("China's customs");
    expect(await evidence.locator("table a").count()).toBeGreaterThan(0);
    await screenshot(page, "check-desktop");

    // correct the reading: the same claim read for 2023 is judged on 2023's figures
    await evidence.locator("summary", { hasText: "Wrong reading?" }).click();
    await evidence.getByLabel("Period").fill("2023");
    await evidence.getByRole("button", { name: "Judge this reading" }).click();
    await expect.poll(() => evidence.innerText()).toContain("reading corrected by you");
    await expect.poll(() => evidence.innerText()).toContain("2023");

    // save: the permalink shows the same claims, and offers the evidence pack
    const claimsFound = await marks.count();
    await page.getByRole("button", { name: "Save and share" }).click();
    await page.waitForURL(/\/check\/[A-Za-z0-9_-]{16}$/);
    await expect.poll(() => page.locator("[data-claim-index]").count()).toBe(claimsFound);
    const csvLink = page.getByRole("link", { name: "Evidence (CSV)" });
    const csv = await (await fetch(`${baseUrl()}${await csvLink.getAttribute("href")}`)).text();
    expect(csv.split("\r\n")[0]).toContain("source_url");
    expect(csv.split("\r\n").length).toBeGreaterThan(2);
    await page.close();
  });

  it("reads Russian and Chinese, leaves other numbers alone, and fits a phone", async () => {
    const page = await newPage(browser, PHONE);
    await gotoReady(page, `${baseUrl()}/check`);
    // the form is the answer: the text box starts in the first screen
    const box = await page.getByLabel(/Text to check/).boundingBox();
    expect(box!.y).toBeLessThan(PHONE.height - 40);
    await page.getByLabel(/Text to check/).fill(MIXED);
    await page.getByRole("button", { name: "Check the claims" }).click();
    const marks = page.locator("[data-claim-index]");
    await expect.poll(() => marks.count()).toBe(2);
    expect(await marks.allInnerTexts()).toEqual([expect.stringContaining("30 млрд долларов"), expect.stringContaining("1063亿美元")]);
    // then the result: its summary (which takes the focus), the list of claims and the chosen claim's evidence before the long text
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain("2 trade claims found");
    await page.getByTestId("claim-evidence").waitFor();
    const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
    expect(await top(".claim-list")).toBeLessThan(await top("#claim-evidence"));
    expect(await top("#claim-evidence")).toBeLessThan(await top(".annotated-text"));
    await screenshot(page, "check-phone");
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.close();
  });
});
