import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getProjects } from "@/app/api/v1/projects/route";
import { basisAmounts, PROJECTS_TABLE_PAGE_SIZE, summarizeProjectsPage } from "@/lib/projects/page-summary";
import type { ProjectsResponse } from "@/lib/projects/schemas";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

describeEachDatabase("projects API on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());
  const get = async (url: string, init?: RequestInit) => {
    pointRoutesAt(t.db);
    return callRoute(getProjects, url, init);
  };
  const json = async (url: string) => (await (await get(url)).json()) as ProjectsResponse;

  it("serves all three kinds of record, each pointing to a listed source", async () => {
    const body = await json("/api/v1/projects");
    const kinds = body.data.map((p) => p.kind);
    expect(kinds.filter((k) => k === "named")).toHaveLength(90);
    expect(kinds.filter((k) => k === "aei_deal")).toHaveLength(150);
    expect(kinds.filter((k) => k === "pipeline")).toHaveLength(4);
    const sources = new Set(body.sources.map((s) => s.id));
    for (const p of body.data) expect(sources.has(p.sourceId)).toBe(true);
    expect(sources).toEqual(new Set(body.data.map((p) => p.sourceId)));
  });

  it("keeps AEI deals unnamed and labels them investor · sector · year", async () => {
    const body = await json("/api/v1/projects?kind=aei_deal&from=2005&to=2005");
    expect(body.data.length).toBeGreaterThan(0);
    for (const p of body.data) {
      expect(p.name).toBeNull();
      expect(p.label).toContain(" · 2005");
    }
    expect(body.data.map((p) => p.label)).toContain("China National Petroleum Corp. (CNPC) · Energy / Oil · 2005 ($4.20bn deal)");
  });

  it("says which named projects have no Chinese party", async () => {
    const body = await json("/api/v1/projects?kind=named");
    const none = body.data.filter((p) => p.chineseParties === null);
    expect(none.map((p) => p.name).sort()).toEqual([
      "Bakhty-Ayagoz railway and Bakhty-Tacheng border crossing",
      "Dostyk-Moyinty railway second track",
      "Western Europe-Western China international transport corridor (Kazakh section)",
      "Zhetygen-Khorgos (Altynkol) railway, second KZ-China rail crossing",
    ]);
    for (const p of none) expect(p.note).toContain("No Chinese party is named");
  });

  it("serves pipelines with their WKT route", async () => {
    const body = await json("/api/v1/projects?kind=pipeline");
    expect(body.data.every((p) => /^(MULTI)?LINESTRING/.test(p.geometryWkt ?? ""))).toBe(true);
    expect(body.data.map((p) => p.name)).toContain("Central Asia–China Gas Pipeline Line A");
  });

  it("filters by country, sector, status, theme and years together", async () => {
    const body = await json("/api/v1/projects?country=KGZ&sector=renewables&status=planned&theme=renewables&from=2020&to=2025");
    expect(body.data.length).toBeGreaterThan(0);
    for (const p of body.data) {
      expect(p.countries).toContain("KGZ");
      expect(p.sector).toBe("renewables");
      expect(p.status).toBe("planned");
      expect(p.themes).toContain("renewables");
      const year = p.startYear ?? p.completionYear ?? p.plannedCompletionYear;
      expect(year).toBeGreaterThanOrEqual(2020);
      expect(year).toBeLessThanOrEqual(2025);
    }
    expect(body.meta.filters).toMatchObject({
      country: ["KGZ"],
      sector: ["renewables"],
      status: ["planned"],
      theme: ["renewables"],
      from: 2020,
      to: 2025,
    });
    const multi = await json("/api/v1/projects?country=TJK&theme=oil-gas&kind=pipeline");
    expect(multi.data.map((p) => p.id)).toEqual(["gem-P2030"]); // Line D crosses Tajikistan
  });

  it("serves CSV with the same rows as the JSON, parsed back", async () => {
    const query = "country=UZB&theme=renewables";
    const body = await json(`/api/v1/projects?${query}`);
    const response = await get(`/api/v1/projects?${query}&format=csv`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="caravan-projects_UZB_renewables.csv"');
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    expect(rows).toHaveLength(body.data.length);
    const sources = new Map(body.sources.map((s) => [s.id, s]));
    rows.forEach((row, i) => {
      const p = body.data[i]!;
      expect(row.id).toBe(p.id);
      expect(row.name).toBe(p.name ?? "");
      expect(row.amount_usd === "" ? null : Number(row.amount_usd)).toBe(p.amountUsd);
      expect(row.amount_basis).toBe(p.amountBasis ?? "");
      expect(row.countries).toBe(p.countries.join("~"));
      expect(row.source_url).toBe(sources.get(p.sourceId)!.url);
    });
  });

  it("the page's summary counts every record of the selection and carries only the table's first page", async () => {
    const brief = await json("/api/v1/projects?fields=brief");
    const summary = summarizeProjectsPage(brief);
    expect(summary.count).toBe(244);
    expect(summary.byKind).toEqual({ named: 90, aei_deal: 150, pipeline: 4 });
    // each record has one sector: the sector rows add up to every record
    expect(summary.bySector.reduce((sum, r) => sum + r.named + r.aei_deal + r.pipeline, 0)).toBe(244);
    // each basis's sums, summed from the records when it is chosen, count each of its records once
    for (const { basis, count } of summary.bases) {
      const amounts = basisAmounts(brief.data, basis);
      expect(amounts.bySector.reduce((sum, r) => sum + r.count, 0)).toBe(count);
      expect(amounts.byCountry.rows.reduce((sum, r) => sum + r.count, 0) + amounts.byCountry.multiCountry).toBe(count);
    }
    expect(summary.firstBasis).toEqual(basisAmounts(brief.data, summary.bases[0]!.basis));
    expect(summary.noParty).toHaveLength(brief.data.filter((p) => p.kind === "named" && p.chineseParties === null).length);
    expect(summary.unmapped).toBe(brief.data.filter((p) => p.latitude === null && p.geometryWkt === null).length);
    expect(summary.firstRows).toEqual(brief.data.slice(0, PROJECTS_TABLE_PAGE_SIZE));
    expect(summary.sources).toEqual(brief.sources);
    // what the page sends is a fraction of the records it summarises
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(brief).length / 3);
  });

  it("fields=brief leaves out each record's note and other links, and nothing else; the CSV keeps every field", async () => {
    const full = await json("/api/v1/projects?country=UZB");
    const brief = await json("/api/v1/projects?country=UZB&fields=brief");
    expect(brief.data.map((p) => p.id)).toEqual(full.data.map((p) => p.id));
    expect(brief.sources).toEqual(full.sources);
    expect(full.data.some((p) => p.note)).toBe(true);
    expect(full.data.some((p) => p.otherSourceUrls?.length)).toBe(true);
    brief.data.forEach((p, i) => {
      const { note: _note, otherSourceUrls: _other, ...rest } = full.data[i]!;
      expect(p).toEqual(rest);
    });
    const csv: Record<string, string>[] = parse(await (await get("/api/v1/projects?country=UZB&fields=brief&format=csv")).text(), { columns: true });
    expect(csv.map((row) => row.note)).toEqual(full.data.map((p) => p.note ?? ""));
  });

  it.each([
    ["country=CHN", "country"],
    ["sector=space", "sector"],
    ["status=done", "status"],
    ["theme=weather", "theme"],
    ["kind=rumour", "kind"],
    ["from=2024&to=2020", "from"],
    ["to=20x4", "to"],
    ["format=xml", "format"],
    ["fields=short", "fields"],
    ["colour=red", "colour"],
  ])("?%s is a 400 naming %s", async (query, param) => {
    const response = await get(`/api/v1/projects?${query}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.error.param).toBe(param);
    expect(body.error.message.length).toBeGreaterThan(10);
  });

  it("sends an ETag and answers 304", async () => {
    const etag = (await get("/api/v1/projects?country=KAZ")).headers.get("etag")!;
    expect((await get("/api/v1/projects?country=KAZ", { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("re-seeding adds nothing", async () => {
    const before = await t.db.project.count();
    const sources = await t.db.source.count();
    const report = await seedDatabase(t.db);
    expect(report).toContain("projects: 0 new");
    expect(report).toContain("claims: 0 new, 0 updated");
    expect(await t.db.project.count()).toBe(before);
    expect(await t.db.source.count()).toBe(sources);
  });

  it("is in the OpenAPI document with its parameters", async () => {
    const doc = await (await getOpenApi()).json();
    expect(doc.paths["/api/v1/projects"].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      "country",
      "sector",
      "status",
      "theme",
      "kind",
      "from",
      "to",
      "fields",
      "format",
    ]);
  });
});
