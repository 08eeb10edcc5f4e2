import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as getClaims } from "@/app/api/v1/claims/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import type { ClaimsResponse } from "@/lib/claims/schemas";
import { VERDICTS } from "@/lib/claims/verdicts";
import { seedDatabase } from "@/lib/seed/seed";
import { bumpDataVersion } from "@/lib/core/db/data-version";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

describeEachDatabase("claims API on %s", (name) => {
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
    expect(body.meta.count).toBe(16);
    const ending = new RegExp(`— (${VERDICTS.join("|")})\\.$`);
    for (const c of body.data) {
      expect(c.quote.length).toBeGreaterThan(10);
      expect(c.location.length).toBeGreaterThan(3);
      expect(c.assertion.comparators.length).toBeGreaterThan(0);
      expect(c.verdicts.length).toBeGreaterThan(0);
      for (const v of c.verdicts) expect(v.explanation).toMatch(ending);
    }
    expect(body.data.find((c) => c.id === "kaz-steady-growth")!.dataUrl).toBe(
      "/data?country=KAZ&time=2020..2024&reporter=CHN~partner~EDB&flow=turnover",
    );
  });

  // The seeded figures (prisma/data/trade/): China's customs, the five together, 2023 $89.4bn, 2024
  // $94.82bn, 2025 $106.3bn; the EDB's 2024 total $66.2bn, with Kazakhstan $30.1bn, Uzbekistan $18.0bn and
  // Turkmenistan $10.6bn; Kazakhstan's own statistics end in 2023.
  it("judges the article's $95bn against China's figures, which it cites, and shows the EDB's beside them", async () => {
    const body = await json("/api/v1/claims");
    const record = verdictOf(body, "region-record-2024", "CHN")!;
    expect(record.verdict).toBe("supported");
    expect(record.value).toBe(94.82e9);
    expect(record.explanation).toContain("$94.82bn in 2024");
    expect(record.explanation).toContain("loose attribution");
    expect(record.figures).toContainEqual(expect.objectContaining({ reporter: "CHN", partner: "CA5", period: "2024", valueUsd: 94.82e9 }));
    const edb = verdictOf(body, "region-record-2024", "EDB")!;
    expect(edb.verdict).toBe("other side's figure");
    expect(edb.role).toBe("other side");
    expect(edb.value).toBe(66.2e9);
  });

  it("gives each trade verdict's judgement with the figures it rests on, and never a figure whose side is not stated", async () => {
    const body = await json("/api/v1/claims");
    const sourceIds = new Set(body.sources.map((s) => s.id));
    for (const c of body.data) {
      for (const v of c.verdicts) {
        expect(v.reporter).not.toBe("UNSTATED");
        for (const f of v.figures) {
          expect(f.reporter).not.toBe("UNSTATED");
          expect(sourceIds.has(f.sourceId)).toBe(true);
        }
        if (v.unit === "usd" && v.verdict !== "not checkable with this data") expect(v.figures.length).toBeGreaterThan(0);
      }
    }
    expect(verdictOf(body, "kaz-2024-over-30bn", "CHN")!.verdict).toBe("supported");
    expect(verdictOf(body, "kaz-2024-over-30bn", "KAZ")!.verdict).toBe("not checkable with this data");
  });

  it("reads gaps, later years and bounds: steady growth, the forecast, the largest partner", async () => {
    const body = await json("/api/v1/claims");
    // Kazakhstan's own series stops in 2023: rising, but 2024 cannot be checked
    const kazGrowth = verdictOf(body, "kaz-steady-growth", "KAZ")!;
    expect(kazGrowth.verdict).toBe("partly supported");
    expect(kazGrowth.explanation).toContain("no figure for 2024");
    const forecast = verdictOf(body, "region-forecast", "CHN")!;
    expect(forecast.verdict).toBe("supported");
    expect(forecast.explanation).toContain("holds so far (2025)");
    expect(verdictOf(body, "kaz-largest-partner", "CHN")!.verdict).toBe("supported");
    // $66.2bn less the $58.7bn of Kazakhstan, Uzbekistan and Turkmenistan leaves at most $7.5bn for the other two
    const edb = verdictOf(body, "kaz-largest-partner", "EDB")!;
    expect(edb.verdict).toBe("supported");
    expect(edb.explanation).toContain("at most $7.50bn");
  });

  it("judges the GDP claim on 2021 figures and says so; the summit is not checkable; a centre not found is not found", async () => {
    const body = await json("/api/v1/claims");
    const gdp = verdictOf(body, "kaz-largest-economy", "IMF-WEO")!;
    expect(gdp.verdict).toBe("supported");
    expect(gdp.year).toBe(2021);
    expect(gdp.explanation).toContain("$197.1bn in 2021");
    expect(body.sources.some((s) => s.id === "imf-weo-2024-10-via-aiddataviz")).toBe(true);
    expect(verdictOf(body, "summit-2025", "none")!.verdict).toBe("not checkable with this data");
    const center = verdictOf(body, "astana-digital-innovation-center", "named")!;
    expect(center.verdict).toBe("not found in the data");
    expect(center.explanation).toContain("Alem.AI");
    expect(verdictOf(body, "caspian-ports", "named")!.verdict).toBe("partly supported");
  });

  it("leaves waste-to-energy deals out of the solar-and-wind evidence, citing why", async () => {
    const body = await json("/api/v1/claims");
    const aei = verdictOf(body, "solar-wind-kaz-uzb-kgz", "aei_deal")!;
    expect(aei.verdict).toBe("partly supported");
    expect(aei.explanation).toContain("waste-to-energy");
    expect(aei.sourceIds).toContain("press-timesca-junxin-2025-07");
    expect(verdictOf(body, "solar-wind-kaz-uzb-kgz", "named")!.verdict).toBe("partly supported"); // Kyrgyzstan's plants are all planned
  });

  it("lists the sources the verdicts cite", async () => {
    const body = await json("/api/v1/claims");
    const cited = new Set(body.data.flatMap((c) => c.verdicts.flatMap((v) => v.sourceIds)));
    expect(new Set(body.sources.map((s) => s.id))).toEqual(cited);
    const trade = await json("/api/v1/claims?theme=trade");
    expect(trade.data.every((c) => c.theme === "trade")).toBe(true);
    expect((await json("/api/v1/claims?theme=economy")).data.map((c) => c.id)).toEqual(["kaz-largest-economy"]);
  });

  it("recomputes a verdict when the data changes, with no code change", async () => {
    pointRoutesAt(t.db);
    await t.db.tradeObservation.create({
      data: {
        partnerIso3: "CA5",
        year: 2026,
        period: "2026",
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
      expect(v.explanation).toContain("$90.00bn (2026)");
    } finally {
      await t.db.tradeObservation.deleteMany({ where: { period: "2026", note: "test figure" } });
      await bumpDataVersion(t.db);
    }
    expect(verdictOf(await json("/api/v1/claims?theme=trade"), "region-forecast", "CHN")!.verdict).toBe("supported");
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
      expect(row.role).toBe(expected[i]!.v.role);
      expect((row.figures ?? "").split(" ").filter(Boolean)).toHaveLength(expected[i]!.v.figures.length);
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
    expect(doc.paths["/api/v1/claims"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["theme", "format", "locale"]);
  });
});
