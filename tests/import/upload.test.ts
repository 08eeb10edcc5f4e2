// POST /api/v1/imports in-process on both databases: the token, the size
// limit, the rate limit and the JSON error report.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postImport } from "@/app/api/v1/imports/route";
import { DEFAULT_IMPORT_RATE_LIMIT as DEFAULT_RATE_LIMIT } from "@/lib/core/env";
import { MAX_UPLOAD_BYTES } from "@/lib/import/upload";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";
import { CARAVAN_HEADER, csv, snapshot } from "./helpers";

// These requests come as through one trusted proxy that appends X-Forwarded-For (lib/core/http/route-policy.ts).
process.env.CARAVAN_TRUST_PROXY_HOPS = "1";

const TOKEN = "s3cret-admin-token-for-tests";

describeEachDatabase("POST /api/v1/imports on %s", (name) => {
  let t: TestDatabase;
  let ip = 0;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());
  beforeEach(() => {
    vi.stubEnv("CARAVAN_ADMIN_TOKEN", TOKEN);
    ip++;
  });
  afterEach(() => vi.unstubAllEnvs());

  /** Each test comes from its own address, so only the rate-limit test meets the limit. */
  const upload = async (text: string, options: { token?: string | null; query?: string; fileName?: string; address?: string } = {}) => {
    pointRoutesAt(t.db);
    const form = new FormData();
    form.set("file", new File([text], options.fileName ?? "figures.csv", { type: "text/csv" }));
    const headers: Record<string, string> = { "x-forwarded-for": options.address ?? `10.${name.length}.0.${ip}` };
    const token = options.token === undefined ? TOKEN : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    return callRoute(postImport, `/api/v1/imports${options.query ?? ""}`, { method: "POST", body: form, headers });
  };
  const newFigure = (value: number) => csv(CARAVAN_HEADER, [`2025,TKM,CHN,turnover,${value},press-astanatimes-2025-01`]);

  describe("token", () => {
    it("without CARAVAN_ADMIN_TOKEN the route is disabled: 404 in the error contract, even with a token", async () => {
      vi.stubEnv("CARAVAN_ADMIN_TOKEN", "");
      const before = await snapshot(t.db);
      const response = await upload(newFigure(11e9));
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
      expect(await snapshot(t.db)).toEqual(before);
    });

    it.each([
      ["missing", null],
      ["wrong", "not-the-token"],
      ["a prefix of the right one", TOKEN.slice(0, 10)],
      ["the right one plus more", `${TOKEN}x`],
    ])("a %s token is a 401 and writes nothing", async (_label, token) => {
      const before = await snapshot(t.db);
      const response = await upload(newFigure(11e9), { token });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect((await response.json()).error.code).toBe("unauthorized");
      expect(await snapshot(t.db)).toEqual(before);
    });

    it("the right token imports, and the report says what changed", async () => {
      const response = await upload(newFigure(11.1e9), { fileName: "tkm-2025.csv" });
      expect(response.status).toBe(200);
      const { data } = await response.json();
      expect(data).toMatchObject({ fileName: "tkm-2025.csv", layout: "caravan", applied: true, counts: { new: 1, changed: 0, unchanged: 0 } });
      const row = await t.db.tradeObservation.findFirstOrThrow({ where: { partnerIso3: "TKM", period: "2025", reporterCode: "CHN" } });
      expect(row.valueUsd).toBe(11.1e9);
    });
  });

  it("?dryRun=1 reports the change and writes nothing", async () => {
    const before = await snapshot(t.db);
    const response = await upload(newFigure(11.3e9), { query: "?dryRun=1" });
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data).toMatchObject({ dryRun: true, applied: false, counts: { rows: 1, new: 0, changed: 1, unchanged: 0 } });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("a file with errors is a 400 listing every {line, column, message}; nothing is written", async () => {
    const before = await snapshot(t.db);
    const response = await upload(
      csv(CARAVAN_HEADER, ["2025,TKM,CHN,turnover,11e9,press-astanatimes-2025-01", "2025,XYZ,CHN,turnover,-1,press-astanatimes-2025-01"]),
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid_body");
    expect(error.message).toMatch(/2 error\(s\).*nothing was imported/);
    expect(error.details).toEqual([
      { line: 3, column: "partner", message: expect.stringMatching(/unknown partner/) },
      { line: 3, column: "value_usd", message: expect.stringMatching(/negative/) },
    ]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("a body that is not multipart, or has no file field, is a 400", async () => {
    pointRoutesAt(t.db);
    const headers = { authorization: `Bearer ${TOKEN}`, "x-forwarded-for": `10.9.9.${ip}` };
    const plain = await callRoute(postImport, "/api/v1/imports", {
      method: "POST",
      body: "a,b\n1,2\n",
      headers: { ...headers, "content-type": "text/csv" },
    });
    expect(plain.status).toBe(400);
    expect((await plain.json()).error).toMatchObject({ code: "invalid_body", param: "file" });
    const form = new FormData();
    form.set("other", "x");
    const noFile = await callRoute(postImport, "/api/v1/imports", { method: "POST", body: form, headers });
    expect(noFile.status).toBe(400);
  });

  it("an unknown query parameter is a 400 naming it", async () => {
    const response = await upload(newFigure(11e9), { query: "?dry=1" });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "invalid_parameter", param: "dry" });
  });

  it(`a file over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB is a 413 and writes nothing`, async () => {
    const before = await snapshot(t.db);
    const line = "2025,TKM,CHN,turnover,11000000000,press-astanatimes-2025-01\n";
    const big = CARAVAN_HEADER + "\n" + line.repeat(Math.ceil(MAX_UPLOAD_BYTES / line.length) + 1);
    expect(big.length).toBeGreaterThan(MAX_UPLOAD_BYTES);
    const response = await upload(big);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
    expect(await snapshot(t.db)).toEqual(before);
  });

  it("too many attempts from one address are a 429 with Retry-After, wrong tokens included", async () => {
    const address = `192.0.2.${name === "sqlite" ? 1 : 2}`;
    for (let i = 0; i < DEFAULT_RATE_LIMIT; i++) {
      expect((await upload(newFigure(11e9), { token: "guess", address })).status).toBe(401);
    }
    const limited = await upload(newFigure(11e9), { address });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("rate_limited");
    // another address is not affected
    expect((await upload(newFigure(11e9), { query: "?dryRun=1" })).status).toBe(200);
  });
});
