// The table pages (/data, /projects) can be cited and downloaded as the
// chart pages can: a Cite panel and a data package of exactly the view.
import { strFromU8, unzipSync } from "fflate";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, gotoReady, launchBrowser, newPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function zipFiles(href: string): Promise<Record<string, string>> {
  const response = await fetch(new URL(href, baseUrl()));
  expect(response.status).toBe(200);
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe("cite and download a table page", () => {
  for (const [path, csvLink] of [
    ["/data?country=KAZ&time=2018..2024", "Download CSV"],
    ["/projects?country=KGZ", "CSV of this view"],
  ] as const) {
    it(`${path}: the data package holds the view's own CSV, its sources and a README; Cite gives a citation`, async () => {
      const page = await newPage(browser);
      await gotoReady(page, `${baseUrl()}${path}`);
      const pkg = page.getByRole("link", { name: "Data package (ZIP)" });
      await pkg.waitFor();
      const files = await zipFiles((await pkg.getAttribute("href"))!);
      expect(Object.keys(files).sort()).toEqual(["README.md", "data.csv", "sources.csv"]);
      const csvHref = await page.getByRole("link", { name: csvLink }).first().getAttribute("href");
      const csv = await (await fetch(new URL(csvHref!, baseUrl()))).text();
      expect(csv.split("\n").length).toBeGreaterThan(3);
      expect(files["data.csv"]).toBe(csv);

      await page.getByRole("group", { name: "Cite and download this view" }).getByRole("button", { name: "Cite" }).click();
      const citation = await page.getByLabel("Citation", { exact: false }).first().inputValue();
      expect(citation).toContain("Caravan");
      expect(citation).toContain(new URL(page.url()).pathname);
      // the package link beside the opened panel keeps a button's height
      expect((await pkg.boundingBox())!.height).toBeLessThan(60);
      await page.close();
    });
  }

  it("/ru/projects: the package's README is Russian and the link asks for it", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${baseUrl()}/ru/projects`);
    const pkg = page.getByRole("link", { name: "Пакет данных (ZIP)" });
    await pkg.waitFor();
    const href = (await pkg.getAttribute("href"))!;
    expect(href).toContain("locale=ru");
    const files = await zipFiles(href);
    expect(files["README.md"]).toMatch(/[а-яё]{5,}/i);
    await page.close();
  });
});
