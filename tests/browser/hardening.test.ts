// Response headers, what a production server must not serve, and the pages
// while PostgreSQL is down (played by cutting a proxy in front of it).
import type { ChildProcess } from "node:child_process";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../helpers/databases";
import { proxiedPostgres, type TcpProxy } from "../helpers/tcp-proxy";
import { baseUrl, launchBrowser, newPage, screenshot, gotoReady } from "./browser";
import { serveCaravan } from "./serve";

describe("security headers", () => {
  it.each(["/", "/data", "/api/v1/trade?partner=KAZ", "/api/v1/nope", "/api/nope/deeper", "/api/health"])(
    "%s carries CSP, nosniff, referrer policy, frame-ancestors; no X-Powered-By",
    async (p) => {
      const response = await fetch(`${baseUrl()}${p}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-powered-by")).toBeNull();
    },
  );

  it("answers unknown API routes with a JSON 404 in the error contract", async () => {
    for (const p of ["/api/v1/nope", "/api/nope/deeper", "/api/v1/trade/unknown"]) {
      const response = await fetch(`${baseUrl()}${p}`);
      expect(response.status, p).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
    }
  });

  it("serves no source maps and no server files", async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const chunks = [...html.matchAll(/\/_next\/static\/[^"']+\.js/g)].map((m) => m[0]);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks.slice(0, 5)) {
      expect((await fetch(`${baseUrl()}${chunk}`)).status).toBe(200);
      expect((await fetch(`${baseUrl()}${chunk}.map`)).status).toBe(404);
    }
    for (const file of [
      "/package.json",
      "/.env",
      "/prisma/schema.prisma",
      `/${inject("distDir")}/BUILD_ID`,
      "/.next/BUILD_ID",
      "/lib/core/db/client.ts",
      "/data/caravan.db",
    ]) {
      const response = await fetch(`${baseUrl()}${file}`);
      expect(response.status, file).toBe(404);
    }
  });
});

describe.runIf(postgresAvailable())("pages and API while PostgreSQL is down", () => {
  let t: TestDatabase;
  let proxy: TcpProxy;
  let server: ChildProcess;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestDatabase("postgresql");
    await seedDatabase(t.db);
    const proxied = await proxiedPostgres(t.config);
    proxy = proxied.proxy;
    const served = await serveCaravan({ DATABASE_URL: proxied.url });
    server = served.process;
    url = served.url;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
    await proxy?.close();
    await t?.cleanup();
  });

  it("shows a clear 'data temporarily unavailable' state and 503s, then recovers without a restart", async () => {
    const page = await newPage(browser);
    await gotoReady(page, `${url}/`);
    await expect.poll(() => page.getByTestId("headline-CHN").innerText()).toContain("$106.3bn");

    await proxy.stop();
    const api = await fetch(`${url}/api/v1/trade?partner=KAZ`);
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBeTruthy();
    expect((await api.json()).error.code).toBe("database_unavailable");
    expect((await fetch(`${url}/api/health`)).status).toBe(503);

    const down = await newPage(browser);
    await gotoReady(down, `${url}/countries/KAZ`);
    await expect.poll(() => down.getByRole("alert").first().innerText(), { timeout: 20_000 }).toMatch(/temporarily unavailable/i);
    await screenshot(down, "outage-country-KAZ");

    await proxy.start();
    await down.reload();
    await expect.poll(() => down.getByTestId("china-figure").innerText(), { timeout: 20_000 }).toBe("$48.70bn");
    expect((await fetch(`${url}/api/v1/trade?partner=KAZ`)).status).toBe(200);
    await page.context().close();
    await down.context().close();
  });
});
