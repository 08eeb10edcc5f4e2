// Importing project records on both databases: every validation error with its
// line and column, atomicity, idempotence, updates that the projects API shows
// at once, dry runs, and the upload route with a project file.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as postImport } from "@/app/api/v1/imports/route";
import { GET as getProjects } from "@/app/api/v1/projects/route";
import { importCsv, isProjectFile } from "@/lib/import/import-csv";
import type { importProjectsCsv } from "@/lib/projects/import";
import { formatReport } from "@/lib/core/import/format-report";
import { detectLayout } from "@/lib/trade/import-layout";
import type { ProjectsResponse } from "@/lib/projects/schemas";
import { seedDatabase } from "@/lib/seed/seed";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";
import { csv, PROJECT_COLUMNS, projectLine, snapshot } from "./helpers";

// These requests come as through one trusted proxy that appends X-Forwarded-For (lib/core/http/route-policy.ts).
process.env.CARAVAN_TRUST_PROXY_HOPS = "1";

const HEADER = PROJECT_COLUMNS.join(",");
/** A seeded named project (projects.csv's first line): KAZ, logistics, operational, 2014–2015, no amount, approx-town position. */
const KHORGOS = "named-khorgos-gateway-dry-port-ktze-khorgos-gateway";
const NEW_SOURCE = {
  source_id: "example-project-source",
  source_publisher: "Example Publisher",
  source_title: "Example project page",
  source_url: "https://example.org/project",
  source_licence: "Facts quoted from a public page",
};

describe("detecting the project layout", () => {
  it("is told apart by its project_id column", () => {
    expect(detectLayout(["project_id", "kind", "name", "countries", "sector", "source_id"])).toBe("projects");
    expect(isProjectFile(`${HEADER}\n`)).toBe(true);
    expect(isProjectFile("period,partner,reporter,flow,value_usd,source_id\n")).toBe(false);
    expect(isProjectFile('a,"b\n')).toBe(false);
  });
});

describeEachDatabase("project import on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());

  const run = (text: string, options: Partial<Parameters<typeof importProjectsCsv>[2]> = {}) =>
    importCsv(t.db, text, { fileName: "projects.csv", ...options });
  const getJson = async (url: string) => {
    pointRoutesAt(t.db);
    const response = await callRoute(getProjects, url);
    expect(response.status).toBe(200);
    return { etag: response.headers.get("etag"), body: (await response.json()) as ProjectsResponse };
  };

  describe("validation", () => {
    it("reports every error with its line and column, and writes nothing", async () => {
      const before = await snapshot(t.db);
      const future = new Date().getUTCFullYear() + 1;
      const text = csv(HEADER, [
        projectLine({ project_id: "t-kind", kind: "deal" }), // 2 unknown kind
        projectLine({ project_id: "t-country", countries: "KAZ;Mongolia" }), // 3 unknown country
        projectLine({ project_id: "t-sector", sector: "tourism" }), // 4 unknown sector
        projectLine({ project_id: "t-status", status: "stalled" }), // 5 unknown status
        projectLine({ project_id: "t-theme", themes: "railways;space" }), // 6 unknown theme
        projectLine({ project_id: "t-year", start_year: "20x5" }), // 7 not a year
        projectLine({ project_id: "t-order", start_year: 2020, completion_year: 2018 }), // 8 completion before start
        projectLine({ project_id: "t-negative", amount_usd: -5 }), // 9 negative amount
        projectLine({ project_id: "t-nan", amount_usd: "lots" }), // 10 non-numeric amount
        projectLine({ project_id: "t-millions", amount_usd: 700 }), // 11 millions, not USD
        projectLine({ project_id: "t-basis", amount_basis: "" }), // 12 amount without basis
        projectLine({ project_id: "t-nosource", source_id: "" }), // 13 missing source
        projectLine({ project_id: "t-unknownsource", source_id: "no-such-source" }), // 14 unknown source, nothing to create it
        projectLine({ project_id: "t-fine" }), // 15 fine
        projectLine({ project_id: "t-fine", name: "Another" }), // 16 duplicate of 15
        projectLine({ project_id: "t-halfcoord", longitude: "" }), // 17 latitude without longitude
        projectLine({ project_id: "t-swapped", latitude: 76.9, longitude: 43.24 }), // 18 swapped coordinates
        projectLine({ project_id: "t-wkt", kind: "pipeline", geometry_wkt: "POLYGON ((1 2, 3 4))" }), // 19 not a line
        projectLine({ project_id: "t-noname", name: "" }), // 20 a named record without a name
        projectLine({ project_id: "" }), // 21 no project_id
        projectLine({ project_id: "t-wkt-order", kind: "pipeline", geometry_wkt: "LINESTRING (43.2 76.9, 44.0 77.5)" }), // 22 lat lon order
        projectLine({ project_id: "t-future", completion_year: future }), // 23 completion in the future
        projectLine({ project_id: "t-precision", coord_precision: "" }), // 24 coordinates without precision
        projectLine({ project_id: "t-newsource", ...NEW_SOURCE, source_title: "" }), // 25 new source without title
        projectLine({ project_id: "t-ok-aei", kind: "aei_deal", name: "" }), // 26 fine: AEI deals have no name
      ]);
      const report = await run(text);
      expect(report.layout).toBe("projects");
      expect(report.applied).toBe(false);
      expect(report.errors.map((e) => [e.line, e.column])).toEqual([
        [2, "kind"],
        [3, "countries"],
        [4, "sector"],
        [5, "status"],
        [6, "themes"],
        [7, "start_year"],
        [8, "completion_year"],
        [9, "amount_usd"],
        [10, "amount_usd"],
        [11, "amount_usd"],
        [12, "amount_basis"],
        [13, "source_id"],
        [14, "source_id"],
        [16, "project_id"],
        [17, "longitude"],
        [18, "latitude"],
        [19, "geometry_wkt"],
        [20, "name"],
        [21, "project_id"],
        [22, "geometry_wkt"],
        [23, "completion_year"],
        [24, "coord_precision"],
        [25, "source_title"],
      ]);
      const message = (line: number) => report.errors.find((e) => e.line === line)!.message;
      expect(message(2)).toMatch(/unknown kind "deal"; accepted: named, aei_deal, pipeline/);
      expect(message(3)).toMatch(/unknown country "Mongolia"/);
      expect(message(4)).toMatch(/unknown sector "tourism"/);
      expect(message(5)).toMatch(/unknown status "stalled"/);
      expect(message(6)).toMatch(/unknown theme "space"/);
      expect(message(7)).toMatch(/not a year/);
      expect(message(8)).toMatch(/completion year 2018 is before the start year 2020/);
      expect(message(9)).toMatch(/negative/);
      expect(message(10)).toMatch(/not a number/);
      expect(message(11)).toMatch(/millions or billions/);
      expect(message(12)).toMatch(/needs its amount_basis/);
      expect(message(13)).toMatch(/missing source/);
      expect(message(14)).toMatch(/missing source: "no-such-source"/);
      expect(message(16)).toMatch(/duplicate of line 15/);
      expect(message(17)).toMatch(/give both or neither/);
      expect(message(18)).toMatch(/outside the region.*swapped/);
      expect(message(19)).toMatch(/not a WKT LINESTRING or MULTILINESTRING/);
      expect(message(20)).toMatch(/needs a name; only AEI deals/);
      expect(message(21)).toMatch(/missing project_id/);
      expect(message(22)).toMatch(/longitude first/);
      expect(message(23)).toMatch(/future.*planned_completion_year/);
      expect(message(24)).toMatch(/coord_precision/);
      expect(await snapshot(t.db)).toEqual(before);
    });

    it("names a missing required column, an unknown column and a half coordinate pair in the header", async () => {
      const missing = await run(csv("project_id,kind,name,countries,source_id", [`t-x,named,X,KAZ,kaz-bns-foreign-trade`]));
      expect(missing.errors).toEqual([{ line: 1, column: "sector", message: expect.stringMatching(/needs a column "sector"/) }]);
      const unknown = await run(
        csv("project_id,kind,name,countries,sector,amount_usd_m,latitude,source_id", ["t-x,named,X,KAZ,transport,700,43,kaz-bns-foreign-trade"]),
      );
      expect(unknown.errors).toEqual([
        { line: 1, column: "amount_usd_m", message: expect.stringMatching(/plain US dollars in amount_usd/) },
        { line: 1, column: "longitude", message: expect.stringMatching(/latitude and longitude come together/) },
      ]);
    });

    it("an error in one field does not hide the others on the same line", async () => {
      const report = await run(
        csv(HEADER, [projectLine({ project_id: "t-many", kind: "x", countries: "Narnia", amount_usd: "-1", themes: "moon" })]),
      );
      expect(report.errors.map((e) => e.column)).toEqual(["amount_usd", "countries", "kind", "themes"]);
    });
  });

  describe("atomicity", () => {
    const manyLines = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        projectLine({
          project_id: `bulk-${i}`,
          name: `Bulk project ${i}`,
          amount_usd: 1e8 + i * 1000,
          countries: ["KAZ", "KGZ", "TJK", "TKM", "UZB"][i % 5],
        }),
      );

    it("a bad line late in a large file leaves the database exactly as before", async () => {
      const before = await snapshot(t.db);
      const lines = manyLines(1999);
      lines.push(projectLine({ project_id: "bulk-bad", sector: "tourism" }));
      const report = await run(csv(HEADER, lines));
      expect(report.counts.rows).toBe(1999);
      expect(report.errors).toEqual([{ line: 2001, column: "sector", message: expect.stringMatching(/unknown sector/) }]);
      expect(await snapshot(t.db)).toEqual(before);
    });

    it("a failure after all writes rolls every one of them back", async () => {
      const before = await snapshot(t.db);
      let written = -1;
      await expect(
        run(csv(HEADER, [...manyLines(500), projectLine({ project_id: KHORGOS, status: "cancelled" })]), {
          beforeCommit: async (tx) => {
            written = await tx.project.count();
            throw new Error("simulated crash before commit");
          },
        }),
      ).rejects.toThrow("simulated crash");
      expect(written).toBe(before.projects + 500);
      expect(await snapshot(t.db)).toEqual(before);
    });
  });

  describe("applying", () => {
    it("creates new records under a new source; the same file again changes nothing and writes no ImportRun", async () => {
      const text = csv(HEADER, [
        projectLine({ project_id: "example-hub", ...NEW_SOURCE }),
        projectLine({
          project_id: "example-deal",
          kind: "aei_deal",
          name: "",
          countries: "Uzbekistan; Kyrgyz Republic",
          sector: "mining",
          status: "",
          latitude: "",
          longitude: "",
          coord_precision: "",
          themes: "",
          amount_usd: 1.2e9,
          amount_basis: "deal value",
          ...NEW_SOURCE,
        }),
        projectLine({
          project_id: "example-pipeline",
          kind: "pipeline",
          name: "Example gas line",
          countries: "TKM~UZB",
          sector: "energy-gas",
          latitude: "",
          longitude: "",
          coord_precision: "",
          amount_usd: "",
          amount_basis: "",
          geometry_wkt: "MULTILINESTRING ((62.9 38.7, 63.8 39.1), (65.0 38.2, 66.1 38.8))",
          themes: "oil-gas",
          ...NEW_SOURCE,
        }),
      ]);
      const before = await snapshot(t.db);
      const dry = await run(text, { dryRun: true });
      expect(dry.errors).toEqual([]);
      expect(dry).toMatchObject({
        dryRun: true,
        applied: false,
        counts: { rows: 3, new: 3, changed: 0, unchanged: 0 },
        sourcesCreated: ["example-project-source"],
      });
      expect(dry.projectChanges.map((c) => [c.line, c.projectId, c.change])).toEqual([
        [2, "example-hub", "new"],
        [3, "example-deal", "new"],
        [4, "example-pipeline", "new"],
      ]);
      expect(await snapshot(t.db)).toEqual(before);

      const first = await run(text);
      expect(first).toMatchObject({ applied: true, counts: { new: 3, changed: 0, unchanged: 0 } });
      const after = await snapshot(t.db);
      expect(after).toMatchObject({
        projects: before.projects + 3,
        projectCountries: before.projectCountries + 5,
        imports: before.imports + 1,
        dataVersion: before.dataVersion + 1,
      });
      const importRun = await t.db.importRun.findUniqueOrThrow({ where: { id: first.importId! } });
      expect(importRun).toMatchObject({ layout: "projects", created: 3, changed: 0, unchanged: 0 });

      const deal = await t.db.project.findUniqueOrThrow({ where: { id: "example-deal" }, include: { countries: true } });
      expect(deal).toMatchObject({
        kind: "aei_deal",
        name: null,
        status: "unknown",
        amountUsd: 1.2e9,
        themes: "",
        sourceId: "example-project-source",
      });
      expect(deal.countries.map((c) => c.countryIso3).sort()).toEqual(["KGZ", "UZB"]);
      const { body } = await getJson("/api/v1/projects?kind=pipeline&country=TKM");
      expect(body.data.find((p) => p.id === "example-pipeline")).toMatchObject({
        name: "Example gas line",
        countries: ["TKM", "UZB"],
        themes: ["oil-gas"],
        latitude: null,
      });
      expect(body.sources.map((s) => s.id)).toContain("example-project-source");

      const second = await run(text);
      expect(second).toMatchObject({ applied: false, importId: null, counts: { rows: 3, new: 0, changed: 0, unchanged: 3 }, projectChanges: [] });
      expect(await snapshot(t.db)).toEqual(after);
    });

    it("a changed record updates the row, names the changed fields, and GET /api/v1/projects shows it at once (new ETag)", async () => {
      const stored = await t.db.project.findUniqueOrThrow({ where: { id: KHORGOS }, include: { countries: true } });
      expect(stored).toMatchObject({ status: "operational", amountUsd: null, completionYear: 2015 });
      const before = await getJson("/api/v1/projects?country=KAZ&sector=logistics");
      expect(before.body.data.find((p) => p.id === KHORGOS)).toMatchObject({ status: "operational", countries: ["KAZ"] });

      // Only some columns: the others (coordinates, note, chinese_parties, …) keep their stored values.
      const columns = ["project_id", "kind", "name", "countries", "sector", "status", "amount_usd", "amount_basis", "themes", "source_id"];
      const line = (cells: Record<string, string | number>) =>
        projectLine(
          {
            project_id: KHORGOS,
            kind: "named",
            name: stored.name!,
            countries: "KAZ",
            sector: "logistics",
            status: "operational",
            themes: stored.themes.split(";").reverse().join(";"),
            source_id: stored.sourceId,
            amount_usd: "",
            amount_basis: "",
            ...cells,
          },
          columns,
        );
      const unchanged = await run(csv(columns.join(","), [line({})]));
      expect(unchanged.errors).toEqual([]);
      expect(unchanged.counts).toEqual({ rows: 1, new: 0, changed: 0, unchanged: 1 });

      const correction = csv(columns.join(","), [
        line({ countries: "KAZ;KGZ", status: "under-construction", amount_usd: 180000000, amount_basis: "total cost" }),
      ]);
      const dry = await run(correction, { dryRun: true });
      expect(dry.counts).toEqual({ rows: 1, new: 0, changed: 1, unchanged: 0 });
      expect(dry.projectChanges).toEqual([
        {
          line: 2,
          projectId: KHORGOS,
          change: "changed",
          fields: [
            { field: "countries", previous: ["KAZ"], next: ["KAZ", "KGZ"] },
            { field: "status", previous: "operational", next: "under-construction" },
            { field: "amount_usd", previous: null, next: 180000000 },
            { field: "amount_basis", previous: null, next: "total cost" },
          ],
        },
      ]);
      expect(formatReport(dry)).toMatch(
        /line 2: named-khorgos\S* countries KAZ → KAZ;KGZ; status "operational" → "under-construction"; amount_usd \(empty\) → 180000000/,
      );

      const applied = await run(correction);
      expect(applied).toMatchObject({ applied: true, counts: { changed: 1 } });
      const row = await t.db.project.findUniqueOrThrow({ where: { id: KHORGOS }, include: { countries: true } });
      expect(row).toMatchObject({
        status: "under-construction",
        amountUsd: 1.8e8,
        amountBasis: "total cost",
        latitude: stored.latitude,
        note: stored.note,
        chineseParties: stored.chineseParties,
        completionYear: 2015,
        themes: stored.themes,
      });
      expect(row.countries.map((c) => c.countryIso3).sort()).toEqual(["KAZ", "KGZ"]);

      const after = await getJson("/api/v1/projects?country=KGZ&sector=logistics");
      expect(after.etag).not.toBe(before.etag);
      expect(after.body.data.find((p) => p.id === KHORGOS)).toMatchObject({
        status: "under-construction",
        amountUsd: 1.8e8,
        countries: ["KAZ", "KGZ"],
      });

      const snap = await snapshot(t.db);
      expect((await run(correction)).counts.unchanged).toBe(1);
      expect(await snapshot(t.db)).toEqual(snap);
    });

    it("an update is checked against the stored record: a completion year before the stored start year is an error", async () => {
      const before = await snapshot(t.db);
      const report = await run(
        csv("project_id,kind,name,countries,sector,completion_year,source_id", [`${KHORGOS},named,Khorgos,KAZ,logistics,2010,kaz-bns-foreign-trade`]),
      );
      expect(report.errors).toEqual([{ line: 2, column: "completion_year", message: expect.stringMatching(/before the start year 2014/) }]);
      expect(await snapshot(t.db)).toEqual(before);
    });
  });

  describe("upload", () => {
    const TOKEN = "project-upload-token";
    afterEach(() => vi.unstubAllEnvs());
    const upload = async (text: string, query = "") => {
      vi.stubEnv("CARAVAN_ADMIN_TOKEN", TOKEN);
      pointRoutesAt(t.db);
      const form = new FormData();
      form.set("file", new File([text], "projects.csv", { type: "text/csv" }));
      return callRoute(postImport, `/api/v1/imports${query}`, {
        method: "POST",
        body: form,
        headers: { authorization: `Bearer ${TOKEN}`, "x-forwarded-for": `10.77.${name.length}.${Math.floor(Math.random() * 250)}` },
      });
    };

    it("POST /api/v1/imports takes a project file: dry run, then apply", async () => {
      const text = csv(HEADER, [
        projectLine({ project_id: "uploaded-park", name: "Uploaded industrial park", sector: "industrial-park", countries: "Tajikistan" }),
      ]);
      const before = await snapshot(t.db);
      const dry = await upload(text, "?dryRun=1");
      expect(dry.status).toBe(200);
      expect((await dry.json()).data).toMatchObject({
        layout: "projects",
        dryRun: true,
        counts: { new: 1 },
        projectChanges: [{ projectId: "uploaded-park", change: "new" }],
      });
      expect(await snapshot(t.db)).toEqual(before);

      const real = await upload(text);
      expect(real.status).toBe(200);
      expect((await real.json()).data).toMatchObject({ layout: "projects", applied: true, counts: { new: 1, changed: 0, unchanged: 0 } });
      const { body } = await getJson("/api/v1/projects?country=TJK&sector=industrial-park");
      expect(body.data.map((p) => p.id)).toContain("uploaded-park");
    });

    it("a project file with errors is a 400 listing every {line, column, message}; nothing is written", async () => {
      const before = await snapshot(t.db);
      const response = await upload(csv(HEADER, [projectLine({ project_id: "bad-upload", kind: "deal", amount_usd: 12 })]));
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error).toMatchObject({ code: "invalid_body", message: expect.stringMatching(/2 error\(s\)/) });
      expect(error.details).toEqual([
        { line: 2, column: "amount_usd", message: expect.stringMatching(/millions or billions/) },
        { line: 2, column: "kind", message: expect.stringMatching(/unknown kind/) },
      ]);
      expect(await snapshot(t.db)).toEqual(before);
    });
  });
});
