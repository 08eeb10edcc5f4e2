// Who may frame Caravan, as next.config.js says it: only the embeds under
// /embed/ (frame-ancestors *, no X-Frame-Options); every other page keeps
// frame-ancestors 'none' and X-Frame-Options: DENY. The rules are matched
// with Next's own route loader and matcher, and merged as Next merges them
// (a later rule's key overrides an earlier one's).
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants.js";

// the config file itself (plain JavaScript, so imported by its address)
const { default: nextConfig } = (await import(/* @vite-ignore */ pathToFileURL(path.resolve("next.config.js")).href)) as {
  default: (phase: string) => unknown;
};

type HeaderRoute = { source: string; headers: { key: string; value: string }[] };

// Next's own route loading (it validates every source) and matcher, as the server uses them
const require = createRequire(import.meta.url);
const { default: loadCustomRoutes } = require("next/dist/lib/load-custom-routes.js") as {
  default: (config: unknown) => Promise<{ headers: HeaderRoute[] }>;
};
const { buildCustomRoute } = require("next/dist/lib/build-custom-route.js") as {
  buildCustomRoute: (type: "header", route: HeaderRoute) => HeaderRoute & { regex: string };
};

async function headersFor(phase: string) {
  const { headers } = await loadCustomRoutes(nextConfig(phase));
  const routes = headers.map((route) => ({ ...route, regex: new RegExp(buildCustomRoute("header", route).regex) }));
  return (path: string) => {
    const merged = new Map<string, string>();
    for (const route of routes) if (route.regex.test(path)) for (const h of route.headers) merged.set(h.key.toLowerCase(), h.value);
    return merged;
  };
}

const frameAncestors = (csp: string | undefined) => /frame-ancestors ([^;]+)/.exec(csp ?? "")?.[1];

describe("next.config.js headers", () => {
  it.each([PHASE_PRODUCTION_SERVER, PHASE_DEVELOPMENT_SERVER])("in %s, let only /embed/* be framed, by any site", async (phase) => {
    const headers = await headersFor(phase);
    for (const path of ["/embed/trade", "/embed/mirror", "/embed/claims/kaz-2024-over-30bn", "/embed"]) {
      const h = headers(path);
      expect(frameAncestors(h.get("content-security-policy")), path).toBe("*");
      expect(h.has("x-frame-options"), path).toBe(false);
      // the rest of the policy holds for embeds too
      expect(h.get("content-security-policy"), path).toContain("default-src 'self'");
      expect(h.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it.each([PHASE_PRODUCTION_SERVER, PHASE_DEVELOPMENT_SERVER])("in %s, keep every other page unframeable", async (phase) => {
    const headers = await headersFor(phase);
    for (const path of [
      "/",
      "/countries/KAZ",
      "/mirror",
      "/claims",
      "/data",
      "/projects",
      "/check/abc",
      "/api/v1/trade",
      "/api/oembed",
      "/embedded",
      "/x/embed/trade",
      "/api/v1/charts/trade.png",
    ]) {
      const h = headers(path);
      expect(frameAncestors(h.get("content-security-policy")), path).toBe("'none'");
      expect(h.get("x-frame-options"), path).toBe("DENY");
      expect(h.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
    }
  });
});
