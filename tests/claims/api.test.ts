import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getClaims } from "@/app/api/v1/claims/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import type { ClaimsResponse } from "@/lib/claims/schemas";
import { seedDatabase } from "@/lib/seed/seed";
import { bumpDataVersion } from "@/lib/core/db/data-version";
import { createTestDatabase, DATABASES, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

describe.each(DATABASES)("claims API on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());
  const get = async (url: string, init?: RequestInit) => {
    pointRoutesAt(t.db);
    return callRoute(getClaims, url, init);
  };
  const json = async (url: string) => (await (await get(url)).json()) as ClaimsResponse;
  const verdictOf = (body: ClaimsResponse, claim: string, reporter: string) =>
    body.data.find((c) => c.id === claim)?.verdicts.find((v) => v.reporter === reporter);

  it("serves every claim with a quote, its place, a structured assertion and verdicts per reporter", async () => {
    const body = await json("/api/v1/claims");
    expect(body.meta.count).toBe(13);
    for (const c of body.data) {
      expect(c.quote.length).toBeGreaterThan(10);
      expect(c.location.length).toBeGreaterThan(3);
      expect(c.assertion.comparators.length).toBeGreaterThan(0);
      expect(c.verdicts.length).toBeGreaterThan(0);
      for (const v of c.verdicts) expect(v.explanation).toMatch(/— (supported|partly supported|contradicted|not checkable with this data)\.$/);
    }
    const record = verdictOf(body, "region-record-2024", "CHN")!;
    expect(record.verdict).toBe("supported");
    expect(record.value).toBe(94.82e9);
    expect(record.explanation).toContain("$94.82bn in 2024");
    expect(verdictOf(body, "region-record-2024", "EDB")!.verdict).toBe("contradicted");
    expect(verdictOf(body, "kaz-2024-over-30bn", "CHN")!.verdict).toBe("supported");
    expect(verdictOf(body, "kaz-largest-partner", "CHN")!.verdict).toBe("supported");
    expect(verdictOf(body, "region-forecast", "CHN")!.verdict).toBe("not checkable with this data");
    expect(verdictOf(body, "region-forecast", "CHN")!.explanation).toContain("2025 and later");
    const center = verdictOf(body, "astana-digital-innovation-center", "named")!;
    expect(center.explanation).toContain("Alem.AI");
    expect(center.explanation).toContain("weak evidence");
    expect(verdictOf(body, "caspian-ports", "named")!.verdict).toBe("partly supported");
    expect(body.data.find((c) => c.id === "kaz-steady-growth")!.dataUrl).toBe(
      "/data?country=KAZ&time=2020..2024&reporter=CHN~partner~EDB&flow=turnover",
    );
  });

  it("lists the sources the verdicts cite", async () => {
    const body = await json("/api/v1/claims?theme=trade");
    expect(body.data.every((c) => c.theme === "trade")).toBe(true);
    const cited = new Set(body.data.flatMap((c) => c.verdicts.flatMap((v) => v.sourceIds)));
    expect(new Set(body.sources.map((s) => s.id))).toEqual(cited);
  });

  it("recomputes a verdict when the data changes, with no code change", async () => {
    pointRoutesAt(t.db);
    await t.db.tradeObservation.create({
      data: {
        partnerIso3: "CA5",
        year: 2025,
        period: "2025",
        periodKind: "full_year",
        reporterCode: "CHN",
        flow: "turnover",
        valueUsd: 90e9,
        sourceId: "press-orda-2025",
        note: "test figure",
      },
    });
    await bumpDataVersion(t.db);
    try {
      const v = verdictOf(await json("/api/v1/claims?theme=trade"), "region-forecast", "CHN")!;
      expect(v.verdict).toBe("contradicted");
      expect(v.explanation).toContain("$90.00bn (2025)");
    } finally {
      await t.db.tradeObservation.deleteMany({ where: { period: "2025", note: "test figure" } });
      await bumpDataVersion(t.db);
    }
    expect(verdictOf(await json("/api/v1/claims?theme=trade"), "region-forecast", "CHN")!.verdict).toBe("not checkable with this data");
  });

  it("serves CSV: one row per claim and reporter, parsed back by a real CSV parser", async () => {
    const body = await json("/api/v1/claims");
    const response = await get("/api/v1/claims?format=csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="caravan-claims.csv"');
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    const expected = body.data.flatMap((c) => c.verdicts.map((v) => ({ c, v })));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      expect(row.claim_id).toBe(expected[i]!.c.id);
      expect(row.reporter).toBe(expected[i]!.v.reporter);
      expect(row.verdict).toBe(expected[i]!.v.verdict);
      expect(row.explanation).toBe(expected[i]!.v.explanation);
      expect(row.value === "" ? null : Number(row.value)).toBe(expected[i]!.v.value);
    });
    const accept = await get("/api/v1/claims", { headers: { accept: "text/csv" } });
    expect(accept.headers.get("content-type")).toContain("text/csv");
  });

  it.each([
    ["theme=weather", "theme"],
    ["format=xml", "format"],
    ["claim=x", "claim"],
    ["theme=trade~", "theme"],
  ])("?%s is a 400 naming %s", async (query, param) => {
    const response = await get(`/api/v1/claims?${query}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.error.param).toBe(param);
  });

  it("sends an ETag and answers 304", async () => {
    const first = await get("/api/v1/claims");
    const etag = first.headers.get("etag")!;
    expect((await get("/api/v1/claims", { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("is in the OpenAPI document with its parameters", async () => {
    const doc = await (await getOpenApi()).json();
    expect(doc.paths["/api/v1/claims"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["theme", "format"]);
  });
});
