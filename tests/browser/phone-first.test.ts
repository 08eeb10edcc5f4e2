// Every page as a reader on a 390 px phone and on a 1280 px screen meets it:
// the page's answer (its first headline figure, marked data-headline) inside
// the first screen, no sideways scroll, the filters behind one control that
// opens a sheet, changes the URL, closes with Escape and gives focus back,
// and no accessibility violations (axe, WCAG A/AA) in either language with
// every panel open. The screenshots stay in tests/screenshots/ for review.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import { baseUrl, gotoReady, hasHorizontalScroll, launchBrowser, newPage, screenshot } from "./browser";

const PHONE_390 = { width: 390, height: 844 };
const DESKTOP_1280 = { width: 1280, height: 900 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const PAGES = ["/", "/countries/KAZ", "/mirror", "/data", "/claims", "/projects", "/check"];

/** The box of the page's first headline figure, once it is rendered. */
async function headlineBox(page: Page) {
  const headline = page.locator("[data-headline]").first();
  await headline.waitFor({ state: "visible", timeout: 30_000 });
  return headline.boundingBox();
}

/** Scrolls through the page (lazy charts mount near the viewport) and opens every disclosure. */
async function openEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 40));
    }
    window.scrollTo(0, 0);
    document.querySelectorAll("details").forEach((d) => (d.open = true));
  });
  await page.waitForTimeout(400);
}

const nameOf = (path: string, locale: string, width: number) => `first-screen-${locale}${path.replace(/\//g, "-").replace(/-$/, "")}-${width}`;

describe("the first screen", () => {
  for (const viewport of [PHONE_390, DESKTOP_1280]) {
    for (const path of PAGES) {
      it(`${path} at ${viewport.width} px: the first headline figure is inside the first screen, nothing scrolls sideways`, async () => {
        const page = await newPage(browser, viewport);
        await gotoReady(page, `${baseUrl()}${path}`);
        const box = await headlineBox(page);
        expect(box, "a [data-headline] element").not.toBeNull();
        expect(box!.y, "its top").toBeGreaterThanOrEqual(0);
        expect(box!.y + Math.min(box!.height, 40), `its first line, at ${box!.y}px`).toBeLessThanOrEqual(viewport.height);
        expect(await hasHorizontalScroll(page)).toBe(false);
        await page.screenshot({ path: `tests/screenshots/${nameOf(path, "en", viewport.width)}.png` });
        await page.close();
      });
    }
  }
});

describe("the filter sheet", () => {
  it("on a phone: one labelled control says what is selected, opens the filters, changes the URL, closes with Escape", async () => {
    const page = await newPage(browser, PHONE_390);
    await gotoReady(page, `${baseUrl()}/`);
    const toggle = page.locator("button.filter-sheet-toggle").first();
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute("aria-haspopup")).toBe("dialog");
    const before = await toggle.innerText();
    expect(before).toMatch(/Kazakhstan|Central Asia|all/i);
    // closed: the controls are not on the screen
    const dialog = page.getByRole("dialog");
    expect(await dialog.count()).toBe(0);

    await toggle.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // focus moved into the sheet
    expect(await page.evaluate(() => !!document.activeElement?.closest("dialog[open]"))).toBe(true);
    await screenshot(page, "filter-sheet-open-390");

    await dialog.getByRole("checkbox", { name: "Kazakhstan" }).click();
    await page.waitForURL((url) => url.searchParams.has("country"));
    expect(new URL(page.url()).searchParams.get("country")).not.toContain("KAZ");

    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    // focus is back on the control, which now says what changed
    expect(await page.evaluate(() => document.activeElement?.classList.contains("filter-sheet-toggle"))).toBe(true);
    await expect.poll(() => toggle.innerText()).not.toBe(before);
    await page.close();
  });

  it("on a wide screen the filters stand open and the control is not shown", async () => {
    const page = await newPage(browser, DESKTOP_1280);
    await gotoReady(page, `${baseUrl()}/`);
    expect(await page.locator("button.filter-sheet-toggle").first().isVisible()).toBe(false);
    await expect.poll(() => page.getByRole("checkbox", { name: "Kazakhstan" }).first().isVisible()).toBe(true);
    await page.close();
  });

  it("the country pages choose the country with the same chips, not a bare <select>", async () => {
    const page = await newPage(browser, DESKTOP_1280);
    await gotoReady(page, `${baseUrl()}/countries/KAZ`);
    expect(await page.locator("main select").count()).toBe(0);
    await page.close();
  });
});

describe("accessibility (axe, WCAG A/AA)", () => {
  for (const locale of ["en", "ru"] as const) {
    for (const viewport of [PHONE_390, DESKTOP_1280]) {
      it(`${locale} at ${viewport.width} px: no violations on any page, every panel open`, async () => {
        const page = await newPage(browser, viewport);
        const found: string[] = [];
        for (const path of PAGES) {
          const url = `${baseUrl()}${locale === "en" ? path : path === "/" ? "/ru" : `/ru${path}`}`;
          await gotoReady(page, url);
          await openEverything(page);
          const violations = await axeViolations(page);
          if (violations.length) found.push(`${url}\n  ${describeViolations(violations)}`);
          if (locale === "ru") await page.screenshot({ path: `tests/screenshots/${nameOf(path, "ru", viewport.width)}.png` });
        }
        expect(found.join("\n"), "axe violations").toBe("");
        await page.close();
      });
    }
  }

  it("axe does report a violation when there is one (an image without a text alternative)", async () => {
    const page = await newPage(browser, DESKTOP_1280);
    await gotoReady(page, `${baseUrl()}/countries`);
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "/icon.svg";
      document.querySelector("main")?.append(img);
    });
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id)).toContain("image-alt");
    await page.close();
  });
});
