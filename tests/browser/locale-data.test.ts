// No page asks the browser for locale data while it loads and hydrates. The
// first call of Intl's number, date or collation services (toLocaleString,
// localeCompare, Intl.NumberFormat, supportedLocalesOf …) makes Chromium load
// its locale data: 25–140 ms on this machine, four times that on Lighthouse's
// simulated phone, all of it blocking. Pages format with lib/core/format.ts and
// order codes with compareCodes instead (docs/benchmarks.md, Lighthouse).
// The same loads show that each page sent the browser every message its client
// components ask for (components/layout/client-messages.tsx): next-intl reports
// a missing one as a MISSING_MESSAGE error on the console.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, gotoReady, launchBrowser, newPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const ENGLISH = ["/", "/countries/KAZ", "/mirror", "/data", "/claims", "/projects", "/check"];
const PAGES = [...ENGLISH, ...ENGLISH.map((path) => `/ru${path === "/" ? "" : path}`)];

/** Wraps every locale-data entry point before any page script runs; each call is kept with where it came from. */
async function watchLocaleData(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { __localeDataCalls: string[] }).__localeDataCalls = calls;
    const note = (name: string) => calls.push(`${name} ${(new Error().stack ?? "").split("\n").slice(3, 5).join(" < ").replace(/\s+/g, " ")}`);
    const wrapMethod = (owner: object, key: string, name: string) => {
      const original = (owner as Record<string, unknown>)[key] as (...args: unknown[]) => unknown;
      (owner as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
        note(name);
        return original.apply(this, args);
      };
    };
    const intl = Intl as unknown as Record<string, unknown>;
    for (const service of ["NumberFormat", "DateTimeFormat", "Collator", "ListFormat", "RelativeTimeFormat", "DisplayNames", "Segmenter"]) {
      const original = intl[service] as (new (...args: unknown[]) => object) & { supportedLocalesOf?: (...args: unknown[]) => string[] };
      if (!original) continue;
      const wrapped = new Proxy(original, {
        construct: (target, args) => (note(`new Intl.${service}`), Reflect.construct(target, args)),
        apply: (target, self, args) => (note(`Intl.${service}()`), Reflect.apply(target, self, args)),
      });
      const supportedLocalesOf = original.supportedLocalesOf;
      if (supportedLocalesOf)
        Object.defineProperty(wrapped, "supportedLocalesOf", {
          value: (...args: unknown[]) => (note(`Intl.${service}.supportedLocalesOf`), supportedLocalesOf.apply(original, args)),
        });
      intl[service] = wrapped;
    }
    wrapMethod(String.prototype, "localeCompare", "String#localeCompare");
    wrapMethod(Number.prototype, "toLocaleString", "Number#toLocaleString");
    for (const key of ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"]) wrapMethod(Date.prototype, key, `Date#${key}`);
  });
}

async function localeDataCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __localeDataCalls: string[] }).__localeDataCalls);
}

describe("pages load without the browser's locale data", () => {
  it.each(PAGES)("%s", async (path) => {
    const page = await newPage(browser);
    try {
      const consoleErrors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      await watchLocaleData(page);
      await gotoReady(page, `${baseUrl()}${path}`, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      expect(await localeDataCalls(page)).toEqual([]);
      expect(consoleErrors.filter((e) => e.includes("MISSING_MESSAGE"))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("the watch sees a call when a page makes one", async () => {
    const page = await newPage(browser);
    try {
      await watchLocaleData(page);
      await gotoReady(page, `${baseUrl()}/countries`, { waitUntil: "load" });
      await page.evaluate(() => [(1234).toLocaleString("en-US"), "a".localeCompare("b"), Intl.NumberFormat.supportedLocalesOf("ru")]);
      const calls = await localeDataCalls(page);
      expect(calls.map((c) => c.split(" ")[0])).toEqual(["Number#toLocaleString", "String#localeCompare", "Intl.NumberFormat.supportedLocalesOf"]);
    } finally {
      await page.context().close();
    }
  });
});
