// Lists the English interface strings on pages meant to be Russian:
//   npx tsx tests/browser/list-english.ts http://127.0.0.1:3000/ru/claims [more URLs…]
// Prints one line per string (where, element, the Latin words, the text); exits 1 if any.
import { chromium } from "playwright-core";
import { findEnglishStrings, originalNames } from "./english-strings";

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error("usage: npx tsx tests/browser/list-english.ts <url> [url…]");
  process.exit(2);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
let total = 0;
try {
  for (const url of urls) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url, { waitUntil: "networkidle" });
    await page.locator("html[data-hydrated='true']").waitFor({ state: "attached", timeout: 30_000 });
    // open every disclosure so the text a click away is read too
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    await page.waitForTimeout(500);
    const found = await findEnglishStrings(page, await originalNames(new URL(url).origin));
    total += found.length;
    console.log(`${url}: ${found.length} English string(s)`);
    for (const f of found) console.log(`  [${f.where}] ${f.element} — ${f.words.join(", ")} — «${f.text}»`);
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(total > 0 ? 1 : 0);
