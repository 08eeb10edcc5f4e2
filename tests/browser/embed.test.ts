// Embeds in a real browser, framed by a page of another origin (a second
// server on another port): an /embed/… page loads and draws its chart inside
// the frame, without the site's header; a normal page refuses to be framed.
// Also the headers a real `next start` sends, and the link previews.
import http from "node:http";
import type { Browser, Frame, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, newPage, screenshot } from "./browser";
import { freePort } from "../../scripts/bench/processes";

/** Another site: one page that frames what it is asked to. */
async function otherOrigin(): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const server = http.createServer((request, response) => {
    const src = new URL(request.url ?? "/", "http://x").searchParams.get("src") ?? "";
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html><body style="margin:0"><h1>A newspaper</h1><iframe id="frame" src="${src.replace(/"/g, "&quot;")}" width="800" height="520" style="border:0;width:100%;max-width:800px"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  // "localhost" rather than 127.0.0.1: another host, so another origin (and another site) than Caravan's
  return { url: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function framed(page: Page, host: string, src: string): Promise<Frame | null> {
  await page.goto(`${host}/?src=${encodeURIComponent(src)}`);
  const element = await page.waitForSelector("#frame");
  return element.contentFrame();
}

describe("embeds", () => {
  let browser: Browser;
  let host: Awaited<ReturnType<typeof otherOrigin>>;
  beforeAll(async () => {
    browser = await launchBrowser();
    host = await otherOrigin();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it("an embed loads inside another site's frame and draws its chart, without the site's header", async () => {
    const page = await newPage(browser);
    const frame = await framed(page, host.url, `${baseUrl()}/embed/trade?country=KAZ&time=2015..2024`);
    expect(frame).not.toBeNull();
    await frame!.locator("h1", { hasText: "China–Kazakhstan turnover by reporter" }).waitFor();
    // Recharts has drawn into the frame
    await frame!.locator(".recharts-surface").first().waitFor({ timeout: 30_000 });
    expect(await frame!.locator(".site-header").isVisible()).toBe(false);
    expect(await frame!.locator(".site-footer").isVisible()).toBe(false);
    // the chart is as wide as the frame, not the site's page column
    const width = await frame!.evaluate(() => document.querySelector(".chart-box")!.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(700);
    const link = frame!.getByRole("link", { name: /the full view/ });
    expect(await link.getAttribute("target")).toBe("_top");
    expect(await link.getAttribute("href")).toBe("/countries/KAZ?time=2015..2024");
    await screenshot(page, "embed-in-another-site");
  });

  it("a claim's embed and the mirror's load framed too", async () => {
    const page = await newPage(browser);
    const claim = await framed(page, host.url, `${baseUrl()}/embed/claims/kaz-2024-over-30bn`);
    await claim!.locator("h1", { hasText: "exceeded $30 billion" }).waitFor();
    await claim!
      .getByText(/China's customs: (supported|partly supported|contradicted)/)
      .first()
      .waitFor();
    const mirror = await framed(page, host.url, `${baseUrl()}/embed/mirror?country=KAZ~KGZ`);
    await mirror!.locator("h1", { hasText: "Reporter gap" }).waitFor();
  });

  it("a normal page refuses to be framed by another site", async () => {
    const page = await newPage(browser);
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/frame-ancestors|Refused to (display|frame)/i.test(message.text())) blocked.push(message.text());
    });
    const frame = await framed(page, host.url, `${baseUrl()}/countries/KAZ`);
    await page.waitForTimeout(1500);
    // the frame never gets Caravan's document (Chromium shows its own error page there) and logs the refusal
    expect(await frame!.getByText("China–Kazakhstan trade, from both sides").count()).toBe(0);
    expect(blocked.join("\n")).toMatch(/frame-ancestors|Refused/i);
  });

  it("a real server sends frame-ancestors * and no X-Frame-Options for /embed/*, and 'none' with DENY elsewhere", async () => {
    for (const path of ["/embed/trade", "/embed/mirror?country=KAZ", "/embed/claims/kaz-2024-over-30bn"]) {
      const response = await fetch(`${baseUrl()}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-security-policy"), path).toContain("frame-ancestors *");
      expect(response.headers.get("x-frame-options"), path).toBeNull();
    }
    for (const path of ["/", "/countries/KAZ", "/mirror", "/claims", "/api/oembed?url=x"]) {
      const response = await fetch(`${baseUrl()}${path}`);
      expect(response.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
    }
  });

  it("oEmbed, the images and the data package answer over HTTP", async () => {
    const page = `${baseUrl()}/countries/KAZ?time=2015..2024`;
    const oembed = await (await fetch(`${baseUrl()}/api/oembed?url=${encodeURIComponent(page)}&format=json`)).json();
    expect(oembed).toMatchObject({ type: "rich", version: "1.0" });
    expect(oembed.html).toContain(`${baseUrl()}/embed/trade?country=KAZ&amp;time=2015..2024`);
    const png = await fetch(`${baseUrl()}/api/v1/charts/trade.png?partner=KAZ&from=2015&to=2024`);
    expect(png.headers.get("content-type")).toBe("image/png");
    const image = PNG.sync.read(Buffer.from(await png.arrayBuffer()));
    expect([image.width, image.height]).toEqual([2400, 1350]);
    const zip = await fetch(`${baseUrl()}/api/v1/package/trade.zip?partner=KAZ`);
    expect(zip.headers.get("content-type")).toBe("application/zip");
    expect((await zip.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it.each(["/", "/countries/KAZ", "/mirror", "/claims", "/projects", "/data"])("%s has a link preview image of 1200×630", async (path) => {
    const html = await (await fetch(`${baseUrl()}${path}`)).text();
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og, path).toBeTruthy();
    const url = new URL(og!.replace(/&amp;/g, "&"));
    const response = await fetch(`${baseUrl()}${url.pathname}${url.search}`);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const image = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    expect([image.width, image.height]).toEqual([1200, 630]);
  });
});

describe("fact-check markup on the pages", () => {
  const jsonLd = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]!) as Record<string, unknown>[]);

  it("/claims carries one ClaimReview per judged reporter of each claim, each rating named by its verdict", async () => {
    const html = await (await fetch(`${baseUrl()}/claims`)).text();
    const reviews = jsonLd(html).filter((r) => r["@type"] === "ClaimReview");
    const claims = (await (await fetch(`${baseUrl()}/api/v1/claims`)).json()) as {
      data: { id: string; quote: string; verdicts: { role: string }[] }[];
    };
    expect(claims.data.length).toBeGreaterThan(5);
    expect(reviews.length).toBeGreaterThan(5);
    for (const claim of claims.data) {
      const mine = reviews.filter((r) => String(r.url).endsWith(`#${claim.id}`));
      expect(mine.length, claim.id).toBe(claim.verdicts.filter((v) => v.role === "judged").length);
      for (const review of mine) {
        expect(review.claimReviewed).toBe(claim.quote);
        expect((review.reviewRating as { alternateName: string }).alternateName).toMatch(/\w/);
      }
    }
  });
});

describe("sharing a chart from its page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it("the country page's button opens PNG, SVG, package and citation links that answer with what they say", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/countries/KAZ?time=2015..2024`);
    await page.getByTestId("share-chart").first().click();
    const png = page.getByRole("link", { name: "Download PNG" }).first();
    await png.waitFor();
    const pngHref = await png.getAttribute("href");
    expect(pngHref).toMatch(/^\/api\/v1\/charts\/trade\.png\?.*partner=KAZ/);
    const image = await fetch(`${baseUrl()}${pngHref}`);
    expect(image.status).toBe(200);
    expect(PNG.sync.read(Buffer.from(await image.arrayBuffer())).width).toBe(2400);
    const svgHref = await page.getByRole("link", { name: "Download SVG" }).first().getAttribute("href");
    const svg = await (await fetch(`${baseUrl()}${svgHref}`)).text();
    expect(svg).toContain("Kazakhstan");
    const packageHref = await page.getByRole("link", { name: "Download data package" }).first().getAttribute("href");
    const zip = await fetch(`${baseUrl()}${packageHref}`);
    expect(zip.headers.get("content-type")).toBe("application/zip");
    await screenshot(page, "share-country-KAZ");
    await page.context().close();
  });
});
