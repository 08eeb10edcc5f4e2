// The Russian interface as a reader of it meets it: every page under /ru in
// Russian (the test lists any English interface string it finds, after
// opening every panel), numbers in Russian notation, the article's claims
// quoted in English with a Russian gloss, and a language switch that keeps
// the view's filters.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, DESKTOP, gotoReady, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot } from "./browser";
import { findEnglishStrings, originalNames, type EnglishString } from "./english-strings";

let browser: Browser;
let names: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  names = await originalNames(baseUrl());
});
afterAll(async () => browser?.close());

const RUSSIAN_PAGES = [
  "/ru",
  "/ru/countries",
  "/ru/countries/KAZ",
  "/ru/mirror",
  "/ru/data",
  "/ru/check",
  "/ru/claims",
  "/ru/projects",
  "/ru/embed/trade?country=KAZ",
  "/ru/embed/mirror",
  "/ru/embed/claims/kaz-2024-over-30bn",
];

/** Opens every disclosure and the share panels, so text a click away is read too. */
async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  // lazily mounted parts (charts, share panels) mount when near the viewport
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
    window.scrollTo(0, 0);
  });
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await page.waitForTimeout(300);
}

const describeFound = (found: EnglishString[]) => found.map((f) => `[${f.where}] ${f.element}: ${f.words.join(", ")} — «${f.text}»`).join("\n");

describe("the Russian interface", () => {
  for (const path of RUSSIAN_PAGES) {
    it(`${path} shows no English interface strings`, async () => {
      const page = await newPage(browser);
      const response = await gotoReady(page, `${baseUrl()}${path}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator("html").getAttribute("lang")).toBe("ru");
      // one URL is one page: the language is never remembered in a cookie
      expect(response?.headers()["set-cookie"]).toBeUndefined();
      await openEverything(page);
      const found = await findEnglishStrings(page, names);
      expect(describeFound(found), `English strings on ${path}`).toBe("");
      await screenshot(page, `${path.replace(/[/?=&]+/g, "-").replace(/^-|-$/g, "")}-desktop`);
      await page.close();
    });
  }

  it("a check run on /ru/check answers in Russian, and its saved page too", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/ru/check`);
    await page
      .getByLabel(/Текст для проверки/)
      .fill("В 2024 году товарооборот Казахстана и Китая превысил 30 млрд долларов. China–Central Asia trade reached a record $95 billion in 2024.");
    await page.getByRole("button", { name: "Проверить утверждения" }).click();
    await expect.poll(() => page.getByText(/Найдено \d+ утвержден/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await openEverything(page);
    // the verdicts' reasons are Russian sentences with Russian figures
    await expect.poll(() => page.locator("main").innerText()).toMatch(/млрд\u00a0\$/);
    expect(describeFound(await findEnglishStrings(page, names)), "English strings after a check").toBe("");
    await page.getByRole("button", { name: "Сохранить и поделиться" }).click();
    await page.waitForURL(/\/ru\/check\/[A-Za-z0-9_-]+$/);
    await page.locator("html[data-hydrated='true']").waitFor({ state: "attached" });
    await openEverything(page);
    expect(describeFound(await findEnglishStrings(page, names)), "English strings on the saved check").toBe("");
    await screenshot(page, "ru-check-saved-desktop");
    await page.close();
  });

  it("the detector does find English: the same check on an English page lists strings", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/claims`);
    const found = await findEnglishStrings(page, names);
    expect(found.length).toBeGreaterThan(10);
    await page.close();
  });

  it("an unknown address under /ru is a Russian 404", async () => {
    const page = await newPage(browser);
    const response = await page.goto(`${baseUrl()}/ru/no-such-page`);
    expect(response?.status()).toBe(404);
    // Next 16.3+ sends a 404 from notFound() as an empty error document and draws the
    // not-found page from its flight data in the browser (vercel/next.js#62228), so
    // the page is looked at once it is drawn.
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("ru");
    await expect.poll(() => page.locator("h1").first().innerText()).toBe("Страница не найдена");
    expect(describeFound(await findEnglishStrings(page, names))).toBe("");
    await page.close();
  });

  it("writes numbers the Russian way: decimal comma, the unit after the figure", async () => {
    const html = await (await fetch(`${baseUrl()}/ru`)).text();
    // China's customs, the five together, 2024: $94.82bn in English
    expect(html).toContain("94,82\u00a0млрд\u00a0$");
    expect(html).not.toContain("$94.82bn");
  });

  it("quotes the article's claims in English, each with a Russian gloss", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/ru/claims`);
    const quote = page.locator("blockquote[lang='en']", { hasText: "record $95 billion" }).first();
    await quote.waitFor({ state: "visible" });
    // the gloss beneath it: Russian, naming the same figure
    const claim = quote.locator("xpath=ancestor::*[self::article or self::section or self::li][1]");
    await expect.poll(() => claim.innerText()).toMatch(/95\s*млрд/);
    expect(await claim.innerText()).toMatch(/[а-яё]{4,}/i);
    await page.close();
  });

  it("the language switch keeps the filters, both ways", async () => {
    const page = await newPage(browser);
    const view = "/countries/KAZ?reporter=CHN&time=2018..2024";
    await gotoReady(page, `${baseUrl()}/ru${view}`);
    await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "English" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/ru"));
    const english = new URL(page.url());
    expect(english.pathname + english.search).toBe(view);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.locator("html[data-hydrated='true']").waitFor({ state: "attached" });
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/ru"));
    const russian = new URL(page.url());
    expect(russian.pathname + russian.search).toBe(`/ru${view}`);
    await page.close();
  });

  it("links inside a Russian page stay in Russian", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/ru/countries`);
    const hrefs = await page.locator("main a[href^='/']").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const pages = hrefs.filter((h) => !h.startsWith("/api/"));
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.filter((h) => !h.startsWith("/ru"))).toEqual([]);
    await page.close();
  });

  for (const [name, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    it(`/ru/claims and /ru at ${name} width: Russian fits, no sideways scroll`, async () => {
      const page = await newPage(browser, viewport);
      for (const path of ["/ru", "/ru/claims", "/ru/check", "/ru/projects"]) {
        await gotoReady(page, `${baseUrl()}${path}`);
        expect(await hasHorizontalScroll(page), path).toBe(false);
        await screenshot(page, `${path.replace(/\//g, "-").replace(/^-/, "")}-${name}`);
      }
      await page.close();
    });
  }
});
