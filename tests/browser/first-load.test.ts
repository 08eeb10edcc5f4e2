// What a page's first load asks of a phone's connection beyond the page itself:
// the styles as files, never copied into the page's HTML (next.config.js says why), and no page
// prefetched just because its link is on screen — a link prefetches its page when
// a reader reaches for it (components/layout/link.tsx) — and no map outlines in
// the HTML of /projects before the map is near — and no page's scripts carry zod or an ICU
// message parser (the filters' vocabulary is zod-free, and the messages are compiled at build),
// nor the citation builder with its messages (components/share/cite-panel.tsx loads it at Cite);
// and the framework's chunks come with V8's compile hint (scripts/build.ts).
import fs from "node:fs";
import nodePath from "node:path";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { COMPILE_HINT } from "../../scripts/build";
import { baseUrl, DESKTOP, gotoReady, launchBrowser, newPage, PHONE } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Next's prefetches and navigations ask for a page's server-component payload with ?_rsc=. */
const isPagePayload = (request: Request) => new URL(request.url()).searchParams.has("_rsc");

async function loadWatching(page: Page, path: string): Promise<{ payloads: string[]; stylesheets: string[] }> {
  const payloads: string[] = [];
  const stylesheets: string[] = [];
  page.on("request", (request) => {
    if (isPagePayload(request)) payloads.push(new URL(request.url()).pathname);
    if (request.resourceType() === "stylesheet") stylesheets.push(request.url());
  });
  await gotoReady(page, `${baseUrl()}${path}`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  return { payloads, stylesheets };
}

describe("a page's first load", () => {
  // /countries: seven section links and five country links on a phone's first screen
  it.each(["/countries", "/", "/ru/claims"])("%s prefetches no page, and its styles come as files, not in its HTML", async (path) => {
    const page = await newPage(browser, PHONE);
    try {
      const { payloads, stylesheets } = await loadWatching(page, path);
      expect(payloads).toEqual([]);
      // the shared stylesheet, and at most one of the page's own
      expect(stylesheets.length).toBeGreaterThanOrEqual(1);
      expect(stylesheets.length).toBeLessThanOrEqual(2);
      const sheets = await Promise.all(stylesheets.map(async (url) => (await fetch(url)).text()));
      const shared = sheets.reduce((a, b) => (b.length > a.length ? b : a));
      const html = await (await fetch(`${baseUrl()}${path}`)).text();
      expect(shared.length).toBeGreaterThan(1000);
      expect(html).not.toContain(shared.slice(0, 200));
      expect(html).not.toContain(JSON.stringify(shared.slice(0, 200)).slice(1, -1));
      // the styles apply: the section links lie in a row (a list's default is a column of bullets)
      expect(await page.locator(".site-nav ul").evaluate((list) => [getComputedStyle(list).display, getComputedStyle(list).listStyleType])).toEqual([
        "flex",
        "none",
      ]);
    } finally {
      await page.context().close();
    }
  });

  // (the markers are string literals, which minifying keeps: zod's error class name, an error
  // kind of @formatjs/icu-messageformat-parser, and a TeX escape of the citation's BibTeX)
  it.each(["/", "/countries/KAZ", "/mirror", "/data", "/claims", "/projects", "/check", "/ru/projects"])(
    "%s loads no schema library, no message parser and no citation builder",
    async (path) => {
      const page = await newPage(browser, PHONE);
      try {
        const scripts: Promise<string>[] = [];
        page.on("response", (response) => {
          if (response.request().resourceType() === "script") scripts.push(response.text());
        });
        await loadWatching(page, path);
        const bodies = await Promise.all(scripts);
        expect(bodies.length).toBeGreaterThan(3);
        expect(bodies.filter((js) => js.includes("ZodError")).length).toBe(0);
        expect(bodies.filter((js) => js.includes("EXPECT_ARGUMENT_CLOSING_BRACE")).length).toBe(0);
        expect(bodies.filter((js) => js.includes("textasciitilde")).length).toBe(0);
      } finally {
        await page.context().close();
      }
    },
  );

  // A page comes from memory, rendered when its data version was first asked for, perhaps hours ago; its
  // figures are still the database's (lib/core/hydration.ts). The reader's clock runs five minutes ahead,
  // as if the page had been rendered that long before this load: it must not fetch its figures again.
  it.each(["/", "/countries/KAZ", "/mirror", "/projects"])("%s, rendered long before this load, does not fetch its figures again", async (path) => {
    const page = await newPage(browser, PHONE);
    try {
      await page.addInitScript(() => {
        const realNow = Date.now.bind(Date);
        Date.now = () => realNow() + 5 * 60_000;
      });
      const api: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).pathname.startsWith("/api/")) api.push(request.url());
      });
      await loadWatching(page, path);
      // (the page drew its figures: its client view's section headings are there)
      expect(await page.locator("main h2").count()).toBeGreaterThan(0);
      expect(api).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  // scripts/build.ts: the framework's chunks are compiled off the main thread as they stream in; the
  // page's own chunks (much of which waits for a reader) keep V8's lazy compiling
  it.each(["/", "/data"])("%s loads the framework's chunks with V8's compile hint, its own without, and hydrates", async (path) => {
    const page = await newPage(browser, PHONE);
    try {
      const scripts: Promise<{ url: string; body: string }>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") scripts.push(response.text().then((body) => ({ url: response.url(), body })));
      });
      await loadWatching(page, path);
      const manifest = JSON.parse(fs.readFileSync(nodePath.join(inject("distDir"), "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
      const framework = new Set(manifest.rootMainFiles.filter((file) => file.endsWith(".js")).map((file) => `/_next/${file}`));
      const loaded = await Promise.all(scripts);
      const hinted = (body: string) => body.startsWith(COMPILE_HINT);
      const isFramework = (script: { url: string }) => framework.has(new URL(script.url).pathname);
      const theFramework = loaded.filter(isFramework);
      const theirOwn = loaded.filter((script) => !isFramework(script));
      expect(theFramework.length).toBe(framework.size);
      expect(theFramework.filter((s) => !hinted(s.body)).map((s) => s.url)).toEqual([]);
      expect(theirOwn.length).toBeGreaterThan(0);
      expect(theirOwn.filter((s) => hinted(s.body)).map((s) => s.url)).toEqual([]);
      // the hinted chunks ran: React hydrated the page (app/providers.tsx marks the document)
      expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBe("true");
    } finally {
      await page.context().close();
    }
  });

  // an animation of anything but transform or opacity repaints on the main thread every frame
  it.each(["/claims", "/ru/claims"])("%s animates its placeholders on the compositor only", async (path) => {
    const page = await newPage(browser, PHONE);
    try {
      await gotoReady(page, `${baseUrl()}${path}`, { waitUntil: "load" });
      const animated = await page.evaluate(() =>
        document.getAnimations().map((animation) => {
          const keyframes = (animation.effect as KeyframeEffect).getKeyframes();
          return keyframes.flatMap((frame) => Object.keys(frame)).filter((key) => !["offset", "computedOffset", "easing", "composite"].includes(key));
        }),
      );
      // (the placeholders below the first screen are waiting for their charts)
      expect(animated.length).toBeGreaterThan(0);
      expect([...new Set(animated.flat())].filter((property) => property !== "transform" && property !== "opacity")).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("a link prefetches its page once the pointer reaches it, and the click goes there", async () => {
    const page = await newPage(browser, DESKTOP);
    try {
      const { payloads } = await loadWatching(page, "/countries");
      expect(payloads).toEqual([]);
      const link = page.locator('main a[href="/countries/KAZ"]');
      await link.hover();
      // (the pages are dynamic: Next prefetches their shell, and the click fetches the rest)
      await expect.poll(() => payloads).toContain("/countries/KAZ");
      expect(new Set(payloads)).toEqual(new Set(["/countries/KAZ"]));
      await link.click();
      await page.waitForURL(`${baseUrl()}/countries/KAZ`);
      expect(await page.locator("h1").textContent()).toContain("Kazakhstan");
    } finally {
      await page.context().close();
    }
  });

  it("a page's HTML carries no text of records or figures it does not show", async () => {
    // a stretch of plain words, which reads the same in the HTML and inside its escaped payload
    const plain = (text: string) => (text.match(/[A-Za-z0-9 ,.]{30,}/g) ?? []).sort((a, b) => b.length - a.length)[0];
    const projects = (await (await fetch(`${baseUrl()}/api/v1/projects`)).json()) as {
      data: { note: string | null; otherSourceUrls: string[] }[];
      sources: { url: string | null }[];
    };
    const notes = projects.data.map((p) => (p.note ? plain(p.note) : undefined)).filter((n): n is string => Boolean(n));
    // (a link that is also some record's own source is shown, as that source)
    const shownSources = new Set(projects.sources.map((source) => source.url));
    const links = projects.data.flatMap((p) => p.otherSourceUrls).filter((url) => !shownSources.has(url));
    expect(notes.length).toBeGreaterThan(20);
    expect(links.length).toBeGreaterThan(5);
    const projectsHtml = await (await fetch(`${baseUrl()}/projects`)).text();
    expect(notes.filter((n) => projectsHtml.includes(n))).toEqual([]);
    expect(links.filter((l) => projectsHtml.includes(l))).toEqual([]);

    // the overview's charts draw each reporter's preferred figures: the others stay on /data
    const others = (await (await fetch(`${baseUrl()}/api/v1/trade?partner=KAZ~KGZ~TJK~TKM~UZB~CA5&flow=turnover&preferred=false`)).json()) as {
      data: { note: string | null }[];
    };
    const otherNotes = others.data.map((r) => (r.note ? plain(r.note) : undefined)).filter((n): n is string => Boolean(n));
    expect(otherNotes.length).toBeGreaterThan(3);
    const overview = await (await fetch(`${baseUrl()}/`)).text();
    expect(otherNotes.filter((n) => overview.includes(n))).toEqual([]);
  });

  // (records and figures are listed in the API's order, which is the tables' first order)
  it("/projects carries the table's first page of records, and the table fetches the rest when a reader nears it", async () => {
    const brief = (await (await fetch(`${baseUrl()}/api/v1/projects?fields=brief`)).json()) as {
      data: { label: string; kind: string; chineseParties: string | null }[];
    };
    expect(brief.data.length).toBeGreaterThan(100);
    const html = await (await fetch(`${baseUrl()}/projects`)).text();
    const escaped = (text: string) => JSON.stringify(text).slice(1, -1).replaceAll("&", "\\u0026");
    const inHtml = (text: string) => html.includes(text) || html.includes(escaped(text));
    // a named project without a Chinese party is named in the page's notice, whichever row it has
    const listedElsewhere = (p: (typeof brief.data)[number]) => p.kind === "named" && p.chineseParties === null;
    const later = brief.data.slice(25).filter((p) => !listedElsewhere(p));
    expect(
      brief.data
        .slice(0, 25)
        .filter((p) => !inHtml(p.label))
        .map((p) => p.label),
    ).toEqual([]);
    expect(later.filter((p) => inHtml(p.label)).map((p) => p.label)).toEqual([]);

    const page = await newPage(browser, PHONE);
    try {
      const records: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).pathname === "/api/v1/projects") records.push(request.url());
      });
      await gotoReady(page, `${baseUrl()}/projects`, { waitUntil: "load" });
      await page.getByRole("navigation", { name: /Records: pages/ }).scrollIntoViewIfNeeded();
      await page.getByRole("button", { name: "Next →" }).click();
      await expect.poll(() => page.locator('[data-testid="project-row"]').first().textContent()).toContain(brief.data[25]!.label.slice(0, 30));
      // the map and the table share one fetch of the brief records
      expect(records.map((url) => new URL(url).search)).toEqual(["?fields=brief"]);
    } finally {
      await page.context().close();
    }
  });

  it("/data carries the first page of figures, and a search reaches every figure", async () => {
    // the figures /data lists by default: every turnover figure
    const all = (await (await fetch(`${baseUrl()}/api/v1/trade?flow=turnover`)).json()) as { data: { note: string | null }[]; sources: unknown[] };
    // (a note that names a source's publisher is found in the sources the page lists)
    const sourcesText = JSON.stringify(all.sources);
    const plain = (text: string) => (text.match(/[A-Za-z0-9 ,.]{30,}/g) ?? []).sort((a, b) => b.length - a.length)[0];
    const laterNotes = all.data
      .slice(25)
      .map((r) => (r.note ? plain(r.note) : undefined))
      .filter((n): n is string => Boolean(n) && !sourcesText.includes(n!));
    const firstNotes = all.data.slice(0, 25).filter((r) => r.note);
    expect(laterNotes.length).toBeGreaterThan(10);
    const html = await (await fetch(`${baseUrl()}/data`)).text();
    expect(laterNotes.filter((n) => html.includes(n))).toEqual([]);
    for (const r of firstNotes) expect(html).toContain(plain(r.note!));

    const page = await newPage(browser, PHONE);
    try {
      await gotoReady(page, `${baseUrl()}/data`, { waitUntil: "load" });
      const wanted = laterNotes[laterNotes.length - 1]!;
      await page.getByRole("searchbox").fill(wanted);
      await expect.poll(() => page.locator('[data-testid="data-table"] tbody').textContent()).toContain(wanted);
      expect(await page.locator('[data-testid="row-count"]').textContent()).toMatch(/of \d+/);
    } finally {
      await page.context().close();
    }
  });

  it("/projects carries no country outlines: the map draws them from the static file, fetched once", async () => {
    const shapes = (await (await fetch(`${baseUrl()}/projects-base-map.json`)).json()) as { iso3: string | null; d: string }[];
    const kazakhstan = shapes.find((s) => s.iso3 === "KAZ");
    expect(kazakhstan?.d.length).toBeGreaterThan(200);
    const html = await (await fetch(`${baseUrl()}/projects`)).text();
    expect(html).not.toContain(kazakhstan!.d.slice(0, 60));

    const page = await newPage(browser, PHONE);
    try {
      const outlines: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).pathname === "/projects-base-map.json") outlines.push(request.url());
      });
      await gotoReady(page, `${baseUrl()}/projects`, { waitUntil: "load" });
      await page.waitForLoadState("networkidle");
      await page.locator(".map-box").scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator(".projects-map path").count()).toBeGreaterThan(10);
      expect(outlines).toHaveLength(1);
    } finally {
      await page.context().close();
    }
  });
});
