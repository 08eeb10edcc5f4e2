// The importer against real databases: validation, atomicity, idempotence,
// revisions, dry runs and the three layouts, on SQLite and PostgreSQL.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getTrade } from "@/app/api/v1/trade/route";
import { GET as getRevisions } from "@/app/api/v1/revisions/route";
import { importTradeCsv } from "@/lib/trade/import";
import { seedDatabase } from "@/lib/seed/seed";
import type { TradeResponse } from "@/lib/trade/schemas";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";
import { CARAVAN_HEADER, csv, LARGE_HEADER, largeFile, snapshot } from "./helpers";

const TIDY_FILE = "prisma/data/trade/trade_long_all_sources.csv";
const EXAMPLE_FILE = "tests/import/fixtures/caravan-example.csv";

describeEachDatabase("import on %s", (name) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
  });
  afterAll(async () => t?.cleanup());

  const run = (text: string, options: Partial<Parameters<typeof importTradeCsv>[2]> = {}) =>
    importTradeCsv(t.db, text, { fileName: "test.csv", ...options });

  // First, while the database holds exactly what the seed wrote: the revision
  // and dry-run tests below change seeded figures on purpose.
  describe("the shipped files", () => {
    it("the shipped tidy file matches the seeded figures: all unchanged", async () => {
      const text = fs.readFileSync(TIDY_FILE, "utf8");
      const rows = (parse(text, { columns: true, skip_empty_lines: true }) as unknown[]).length;
      expect(rows).toBeGreaterThan(0);
      const report = await run(text, { dryRun: true });
      expect(report.errors).toEqual([]);
      expect(report.layout).toBe("tidy");
      expect(report.counts).toEqual({ rows, new: 0, changed: 0, unchanged: rows });
      expect(report.changes).toEqual([]);
    });
  });

  describe("validation", () => {
    it("reports every error with its line and column, and writes nothing", async () => {
      const before = await snapshot(t.db);
      const text = csv(`${CARAVAN_HEADER},source_publisher,source_title,source_url,source_licence`, [
        "2024,XYZ,CHN,turnover,43820000000,kaz-bns-foreign-trade,,,,", // 2 unknown country
        "2024,KAZ,FOO,turnover,43820000000,kaz-bns-foreign-trade,,,,", // 3 unknown reporter
        "20x4,KAZ,KAZ,turnover,43820000000,kaz-bns-foreign-trade,,,,", // 4 not a year
        "1800,KAZ,KAZ,turnover,43820000000,kaz-bns-foreign-trade,,,,", // 5 implausible year
        "2024,KAZ,KAZ,turnover,-5,kaz-bns-foreign-trade,,,,", // 6 negative
        "2024,KAZ,KAZ,turnover,lots,kaz-bns-foreign-trade,,,,", // 7 non-numeric
        "2024,KAZ,KAZ,exports,43820000000,kaz-bns-foreign-trade,,,,", // 8 unknown flow
        "2024,KAZ,KAZ,turnover,43820000000,,,,,", // 9 missing source
        "2024,KAZ,KAZ,turnover,43820000000,no-such-source,,,,", // 10 unknown source, nothing to create it
        "2024,KAZ,KAZ,turnover,43.82,kaz-bns-foreign-trade,,,,", // 11 billions, not USD
        "2024,KAZ,CHN,turnover,43820000,kaz-bns-foreign-trade,,,,", // 12 thousands: 1000× below the known figures
        "2024,UZB,UZB,turnover,12400000000,kaz-bns-foreign-trade,,,,", // 13 fine
        "2024,UZB,UZB,turnover,12400000000,kaz-bns-foreign-trade,,,,", // 14 duplicate of 13
        "2024,UZB,UZB,turnover,12400000000,kaz-bns-foreign-trade", // 15 too few fields
        "2024,TJK,CHN,turnover,3860000000,new-src,Publisher,,https://example.org,CC-BY", // 16 new source without title
        '2024,TJK,TJK,turnover,"1,960,000,000",kaz-bns-foreign-trade,,,,', // 17 thousands separators
        `${new Date().getUTCFullYear() + 1},KAZ,KAZ,turnover,43820000000,kaz-bns-foreign-trade,,,,`, // 18 future
      ]);
      const report = await run(text);
      expect(report.applied).toBe(false);
      expect(report.errors.map((e) => [e.line, e.column])).toEqual([
        [2, "partner"],
        [3, "reporter"],
        [4, "period"],
        [5, "period"],
        [6, "value_usd"],
        [7, "value_usd"],
        [8, "flow"],
        [9, "source_id"],
        [10, "source_id"],
        [11, "value_usd"],
        [12, "value_usd"],
        [14, "value_usd"],
        [15, null],
        [16, "source_title"],
        [17, "value_usd"],
        [18, "period"],
      ]);
      const message = (line: number) => report.errors.find((e) => e.line === line)!.message;
      expect(message(2)).toMatch(/unknown partner "XYZ"/);
      expect(message(3)).toMatch(/unknown reporter "FOO"/);
      expect(message(4)).toMatch(/not a year/);
      expect(message(6)).toMatch(/negative/);
      expect(message(7)).toMatch(/not a number/);
      expect(message(8)).toMatch(/unknown flow "exports"/);
      expect(message(9)).toMatch(/missing source/);
      expect(message(10)).toMatch(/missing source: "no-such-source"/);
      expect(message(11)).toMatch(/thousands, millions or billions/);
      expect(message(12)).toMatch(/thousands of USD/);
      expect(message(14)).toMatch(/duplicate of line 13/);
      expect(message(18)).toMatch(/future/);
      expect(await snapshot(t.db)).toEqual(before);
    });

    it("refuses a file whose header matches no layout", async () => {
      const report = await run("when,where,how much\n2024,KAZ,1\n");
      expect(report.layout).toBeNull();
      expect(report.errors).toEqual([{ line: 1, column: null, message: expect.stringMatching(/unrecognised header/) }]);
    });

    it("names a missing required column", async () => {
      const report = await run(csv("period,partner,reporter,flow,value_usd", ["2024,KAZ,CHN,turnover,1e10"]));
      expect(report.errors).toEqual([{ line: 1, column: "source_id", message: expect.stringMatching(/needs a column/) }]);
    });
  });

  describe("atomicity", () => {
    it("a bad line at row 5,000 of a large file leaves the database exactly as before", async () => {
      const before = await snapshot(t.db);
      const lines = largeFile(4999);
      lines.push("2020,KAZ,CHN,turnover,-1,bulk-test,9999,Bulk publisher,Bulk title,https://example.org/bulk-test,CC-BY");
      const report = await run(csv(LARGE_HEADER, lines));
      expect(report.counts.rows).toBe(4999);
      expect(report.errors).toEqual([{ line: 5001, column: "value_usd", message: expect.stringMatching(/negative/) }]);
      expect(await snapshot(t.db)).toEqual(before);
    });

    it("a failure after all writes rolls every one of them back", async () => {
      const before = await snapshot(t.db);
      let written = -1;
      await expect(
        run(csv(LARGE_HEADER, largeFile(5000)), {
          beforeCommit: async (tx) => {
            written = await tx.tradeObservation.count();
            throw new Error("simulated crash before commit");
          },
        }),
      ).rejects.toThrow("simulated crash");
      expect(written).toBe(before.observations + 5000);
      expect(await snapshot(t.db)).toEqual(before);
    });

    it("the same file without the bad line imports in full, and a second import changes nothing", async () => {
      const text = csv(LARGE_HEADER, largeFile(5000));
      const first = await run(text);
      expect(first.errors).toEqual([]);
      expect(first.counts).toEqual({ rows: 5000, new: 5000, changed: 0, unchanged: 0 });
      expect(first.sourcesCreated).toEqual(["bulk-test"]);
      expect(first.applied).toBe(true);
      const after = await snapshot(t.db);
      const second = await run(text);
      expect(second.counts).toEqual({ rows: 5000, new: 0, changed: 0, unchanged: 5000 });
      expect(second.applied).toBe(false);
      expect(second.importId).toBeNull();
      expect(await snapshot(t.db)).toEqual(after);
    });
  });

  describe("revisions", () => {
    const getJson = async <T>(handler: typeof getTrade, url: string) => {
      pointRoutesAt(t.db);
      const response = await callRoute(handler, url);
      return { etag: response.headers.get("etag"), body: (await response.json()) as T };
    };
    const kgz2023 = "/api/v1/trade?partner=KGZ&reporter=KGZ&flow=turnover&from=2023&to=2023";

    it("a corrected value updates the row, keeps the previous one, and the API shows it as revised at once", async () => {
      const original = await t.db.tradeObservation.findFirstOrThrow({
        where: { partnerIso3: "KGZ", reporterCode: "KGZ", period: "2023", flow: "turnover", sourceId: "kgz-nsc-foreign-trade" },
      });
      const before = await getJson<TradeResponse>(getTrade, kgz2023);
      expect(before.body.data.find((r) => r.sourceId === "kgz-nsc-foreign-trade")?.revised).toBe(false);

      const correction = csv(CARAVAN_HEADER, ["2023,KGZ,KGZ,turnover,5500000000,kgz-nsc-foreign-trade"]);
      const report = await run(correction, { fileName: "kgz-correction.csv" });
      expect(report.counts).toEqual({ rows: 1, new: 0, changed: 1, unchanged: 0 });
      expect(report.changes).toEqual([
        { line: 2, key: "KGZ|2023|KGZ|turnover|TOTAL|kgz-nsc-foreign-trade", previousValue: original.valueUsd, newValue: 5.5e9 },
      ]);

      const revisions = await t.db.observationRevision.findMany({ where: { observationId: original.id } });
      expect(revisions).toHaveLength(1);
      expect(revisions[0]).toMatchObject({ previousValue: original.valueUsd, newValue: 5.5e9, importId: report.importId });
      expect(Date.now() - revisions[0]!.changedAt.getTime()).toBeLessThan(60_000);
      const importRun = await t.db.importRun.findUniqueOrThrow({ where: { id: report.importId! } });
      expect(importRun).toMatchObject({ fileName: "kgz-correction.csv", layout: "caravan", created: 0, changed: 1, unchanged: 0 });

      const after = await getJson<TradeResponse>(getTrade, kgz2023);
      expect(after.etag).not.toBe(before.etag);
      const row = after.body.data.find((r) => r.sourceId === "kgz-nsc-foreign-trade");
      expect(row).toMatchObject({ valueUsd: 5.5e9, revised: true });

      // importing the correction again changes nothing and writes no second revision
      expect((await run(correction)).counts.unchanged).toBe(1);
      expect(await t.db.observationRevision.count({ where: { observationId: original.id } })).toBe(1);

      // a second correction keeps both steps
      await run(csv(CARAVAN_HEADER, ["2023,KGZ,KGZ,turnover,5600000000,kgz-nsc-foreign-trade"]));
      const history = await getJson<{ data: { previousValue: number; newValue: number; currentValue: number; importFile: string | null }[] }>(
        getRevisions as typeof getTrade,
        "/api/v1/revisions?partner=KGZ&reporter=KGZ",
      );
      expect(history.body.data.map((r) => [r.previousValue, r.newValue, r.currentValue])).toEqual([
        [5.5e9, 5.6e9, 5.6e9],
        [original.valueUsd, 5.5e9, 5.6e9],
      ]);
      expect(history.body.data[1]?.importFile).toBe("kgz-correction.csv");
    });

    it("the revisions route refuses a bad parameter in the error contract", async () => {
      pointRoutesAt(t.db);
      const response = await callRoute(getRevisions, "/api/v1/revisions?partner=XYZ");
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({ code: "invalid_parameter", param: "partner" });
    });
  });

  describe("dry run", () => {
    it("counts new, changed and unchanged rows and writes nothing; the real run then does exactly that", async () => {
      const kaz2023 = await t.db.tradeObservation.findFirstOrThrow({
        where: { partnerIso3: "KAZ", reporterCode: "KAZ", period: "2023", flow: "turnover", sourceId: "kaz-bns-foreign-trade" },
      });
      const uzb2022 = await t.db.tradeObservation.findFirstOrThrow({
        where: { partnerIso3: "UZB", reporterCode: "UZB", period: "2022", flow: "turnover", sourceId: "uzb-stat-sdmx" },
      });
      const text = csv(CARAVAN_HEADER, [
        `2023,KAZ,KAZ,turnover,${kaz2023.valueUsd},kaz-bns-foreign-trade`,
        `2022,UZB,UZB,turnover,${uzb2022.valueUsd + 1e6},uzb-stat-sdmx`,
        "2024,UZB,UZB,turnover,12400000000,uzb-stat-sdmx",
      ]);
      const before = await snapshot(t.db);
      const dry = await run(text, { dryRun: true });
      expect(dry).toMatchObject({ dryRun: true, applied: false, importId: null, counts: { rows: 3, new: 1, changed: 1, unchanged: 1 } });
      expect(await snapshot(t.db)).toEqual(before);
      const real = await run(text);
      expect(real.counts).toEqual(dry.counts);
      expect(real.applied).toBe(true);
      const after = await snapshot(t.db);
      expect(after.observations).toBe(before.observations + 1);
      expect(after.revisions).toBe(before.revisions + 1);
      expect(after.dataVersion).toBe(before.dataVersion + 1);
    });
  });

  describe("layouts", () => {
    it("tidy rows map reporting sides, partner names, partner-side flows and source files", async () => {
      const text = csv("year,partner_country,reporting_side,flow,value_usd,source_file", [
        "2019,Tajikistan,COW Trade v4.0 (IMF DOTS-based; importer-side flow),partner_imports_from_china,1500000000.0,cow_trade_v4_china_centralasia_1992_2014.csv",
        "2025,Kazakhstan,China (GACC),partner_exports_to_china,17000000000,published_figures_with_urls.csv (https://wenewsenglish.pk/china-central-asia-trade-hits-89-4-billion-in-2023)",
        "2024,Atlantis,China (GACC),turnover,1e9,cow_trade_v4_china_centralasia_1992_2014.csv",
        "2024,Kazakhstan,Mars customs,turnover,1e10,cow_trade_v4_china_centralasia_1992_2014.csv",
        "2024,Kazakhstan,China (GACC),turnover,1e10,unknown_file.csv",
        "2024,Kazakhstan,China (GACC),turnover,1e10,published_figures_with_urls.csv (https://nowhere.example/page)",
        "2024,Kazakhstan,China (GACC),imports,1e10,cow_trade_v4_china_centralasia_1992_2014.csv",
      ]);
      const report = await run(text, { dryRun: true });
      expect(report.errors.map((e) => [e.line, e.column])).toEqual([
        [4, "partner_country"],
        [5, "reporting_side"],
        [6, "source_file"],
        [7, "source_file"],
        [8, "flow"],
      ]);
      const valid = await run(csv("year,partner_country,reporting_side,flow,value_usd,source_file", text.split("\n").slice(1, 3)));
      expect(valid.counts).toMatchObject({ new: 2 });
      const cow = await t.db.tradeObservation.findFirstOrThrow({ where: { partnerIso3: "TJK", period: "2019", reporterCode: "COW" } });
      expect(cow).toMatchObject({ flow: "china_exports", sourceId: "cow-trade-v4", valueUsd: 1.5e9 });
      const gacc = await t.db.tradeObservation.findFirstOrThrow({
        where: { partnerIso3: "KAZ", period: "2025", reporterCode: "CHN", sourceId: "press-wenews-2023" },
      });
      expect(gacc).toMatchObject({ flow: "china_imports", sourceId: "press-wenews-2023", note: "Reported as: China (GACC)" });
    });

    it("a Comtrade+ export becomes China's-side flows under the UN Comtrade source", async () => {
      const text = csv(
        "typeCode,freqCode,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,cmdCode,primaryValue",
        [
          "C,A,2025,52,2025,156,CHN,China,X,Export,417,KGZ,Kyrgyzstan,TOTAL,24000000000",
          "C,A,2025,52,2025,156,CHN,China,M,Import,417,KGZ,Kyrgyzstan,TOTAL,600000000",
          "C,A,2025,52,2025,417,KGZ,Kyrgyzstan,M,Import,156,CHN,China,TOTAL,5200000000",
          "C,M,2025,3,202503,156,CHN,China,X,Export,860,UZB,Uzbekistan,TOTAL,1100000000",
        ],
      );
      const report = await run(text, { fileName: "comtrade.csv" });
      expect(report.errors).toEqual([]);
      expect(report.layout).toBe("comtrade");
      // UN Comtrade is in the source registry, so the seed has it already: no source is created, the rows point to it
      expect(report.sourcesCreated).toEqual([]);
      expect(await t.db.source.findUniqueOrThrow({ where: { id: "un-comtrade" } })).toMatchObject({
        publisher: "United Nations Statistics Division",
      });
      const rows = await t.db.tradeObservation.findMany({ where: { sourceId: "un-comtrade" }, orderBy: { id: "asc" } });
      expect(rows.map((r) => [r.reporterCode, r.partnerIso3, r.flow, r.period, r.valueUsd])).toEqual([
        ["CHN", "KGZ", "china_exports", "2025", 24e9],
        ["CHN", "KGZ", "china_imports", "2025", 6e8],
        ["KGZ", "KGZ", "china_exports", "2025", 5.2e9],
        ["CHN", "UZB", "china_exports", "2025M03", 1.1e9],
      ]);
      expect((await run(text)).counts).toMatchObject({ new: 0, changed: 0, unchanged: 4 });
    });

    it("a legacy Comtrade file with flow codes 1/2 and an explicit source; an unknown explicit source is an error", async () => {
      const text = csv("Year,Trade Flow Code,Reporter ISO,Partner ISO,Commodity Code,Trade Value (US$)", [
        "2024,2,TJK,CHN,TOTAL,250000000",
        "2024,1,TJK,CHN,TOTAL,1700000000",
      ]);
      const report = await run(text, { sourceId: "cow-trade-v4", dryRun: true });
      expect(report.errors).toEqual([]);
      expect(report.changes.map((c) => c.key)).toEqual([
        "TJK|2024|TJK|china_imports|TOTAL|cow-trade-v4",
        "TJK|2024|TJK|china_exports|TOTAL|cow-trade-v4",
      ]);
      const bad = await run(text, { sourceId: "no-such-source" });
      expect(bad.errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/does not exist/) });
    });

    it("the documented example file creates its source and its figures", async () => {
      const report = await run(fs.readFileSync(EXAMPLE_FILE, "utf8"), { fileName: "caravan-example.csv" });
      expect(report.errors).toEqual([]);
      expect(report.sourcesCreated).toEqual(["example-gacc-2025"]);
      expect(report.counts.new).toBe(3);
      const source = await t.db.source.findUniqueOrThrow({ where: { id: "example-gacc-2025" } });
      expect(source.url).toBe("https://example.org/gacc-2025");
    });
  });
});
