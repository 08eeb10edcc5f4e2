// The coverage the empty views quote ("its figures cover 2022–2024") must be
// what the database holds: every entry is checked against the rows findTrade
// returns for the same selection (full years, all goods, no synthetic rows).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCoverage } from "@/app/api/v1/coverage/route";
import { ALL_GOODS, FLOWS } from "@/lib/core/reference/codes";
import { seedDatabase } from "@/lib/seed/seed";
import { findCoverage, type CoverageEntry, type TradeCoverage } from "@/lib/trade/coverage";
import { findTrade } from "@/lib/trade/queries";
import { PARTNER_CODES, type TradeFilters, type TradeRow } from "@/lib/trade/schemas";
import { createTestDatabase, describeEachDatabase, type TestDatabase } from "../helpers/databases";
import { callRoute, pointRoutesAt } from "../helpers/routes";

const EVERYTHING_FULL_YEAR: TradeFilters = {
  partner: [...PARTNER_CODES],
  reporter: null,
  flow: [...FLOWS],
  from: null,
  to: null,
  period: "full",
  commodity: [ALL_GOODS],
};

/** Years the seed never holds, for rows coverage must leave out. */
const EXCLUDED_YEARS = { synthetic: 1951, partYear: 1952, hsCode: 1953 };

const keyOf = (e: Pick<CoverageEntry, "partner" | "reporter" | "flow">) => `${e.partner}|${e.reporter}|${e.flow}`;

function expectedCoverage(rows: TradeRow[]): Map<string, { years: number[] }> {
  const out = new Map<string, { years: number[] }>();
  for (const row of rows) {
    if (row.synthetic || row.periodKind !== "full_year" || (row.commodity ?? ALL_GOODS) !== ALL_GOODS) continue;
    const key = keyOf(row);
    out.set(key, { years: [...(out.get(key)?.years ?? []), row.year] });
  }
  return out;
}

describeEachDatabase("trade coverage on %s", (name) => {
  let t: TestDatabase;
  let rows: TradeRow[];
  let coverage: TradeCoverage;

  beforeAll(async () => {
    t = await createTestDatabase(name);
    await seedDatabase(t.db);
    // Rows coverage must not count, for a combination the seed has: a
    // synthetic figure, a part-year and an HS code, each in a year before
    // any seeded figure.
    const template = await t.db.tradeObservation.findFirstOrThrow({
      where: { partnerIso3: "KAZ", reporterCode: "CHN", flow: "turnover", periodKind: "full_year", commodity: ALL_GOODS },
    });
    const base = {
      partnerIso3: template.partnerIso3,
      reporterCode: template.reporterCode,
      flow: template.flow,
      sourceId: template.sourceId,
      valueUsd: 1,
    };
    await t.db.tradeObservation.createMany({
      data: [
        { ...base, year: EXCLUDED_YEARS.synthetic, period: String(EXCLUDED_YEARS.synthetic), periodKind: "full_year", synthetic: true },
        { ...base, year: EXCLUDED_YEARS.partYear, period: `${EXCLUDED_YEARS.partYear}H1`, periodKind: "part_year" },
        { ...base, year: EXCLUDED_YEARS.hsCode, period: String(EXCLUDED_YEARS.hsCode), periodKind: "full_year", commodity: "2709" },
      ],
    });
    rows = (await findTrade(t.db, { ...EVERYTHING_FULL_YEAR, period: "all", commodity: ["all"], synthetic: "include" })).data;
    coverage = await findCoverage(t.db);
  });
  afterAll(async () => t?.cleanup());

  describe("findCoverage", () => {
    it("has seeded figures to describe", () => {
      expect(rows.length).toBeGreaterThan(0);
      expect(coverage.data.length).toBeGreaterThan(0);
    });

    it("has exactly one entry per partner, reporter and flow that has full-year all-goods figures", () => {
      const expected = expectedCoverage(rows);
      const keys = coverage.data.map(keyOf);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(keys)).toEqual(new Set(expected.keys()));
    });

    it("gives each entry the first and last year and the number of those figures", () => {
      const expected = expectedCoverage(rows);
      for (const entry of coverage.data) {
        const { years } = expected.get(keyOf(entry))!;
        expect(entry.firstYear, keyOf(entry)).toBe(Math.min(...years));
        expect(entry.lastYear, keyOf(entry)).toBe(Math.max(...years));
        expect(entry.count, keyOf(entry)).toBe(years.length);
        expect(entry.firstYear).toBeLessThanOrEqual(entry.lastYear);
      }
    });

    it("agrees with the full-year all-goods rows findTrade returns for each entry", async () => {
      const official = (await findTrade(t.db, EVERYTHING_FULL_YEAR)).data.filter((r) => !r.synthetic);
      const expected = expectedCoverage(official);
      expect(coverage.data.map((e) => [keyOf(e), e.firstYear, e.lastYear, e.count])).toEqual(
        coverage.data.map((e) => {
          const years = expected.get(keyOf(e))!.years;
          return [keyOf(e), Math.min(...years), Math.max(...years), years.length];
        }),
      );
    });

    it("leaves out synthetic rows, part-years and HS-coded rows", () => {
      const kazChina = coverage.data.filter((e) => e.partner === "KAZ" && e.reporter === "CHN" && e.flow === "turnover");
      expect(kazChina).toHaveLength(1);
      const seededFirst = Math.min(
        ...rows
          .filter(
            (r) =>
              r.partner === "KAZ" &&
              r.reporter === "CHN" &&
              r.flow === "turnover" &&
              !r.synthetic &&
              r.periodKind === "full_year" &&
              r.commodity === ALL_GOODS,
          )
          .map((r) => r.year),
      );
      expect(kazChina[0]!.firstYear).toBe(seededFirst);
      for (const year of Object.values(EXCLUDED_YEARS)) {
        expect(
          rows.some((r) => r.year === year),
          `the extra ${year} row is in the database`,
        ).toBe(true);
        expect(
          coverage.data.every((e) => e.firstYear > year),
          String(year),
        ).toBe(true);
      }
    });

    it("covers the published region totals under CA5 like any partner", () => {
      const expected = expectedCoverage(rows);
      const ca5 = [...expected.keys()].filter((k) => k.startsWith("CA5|"));
      expect(
        coverage.data
          .filter((e) => e.partner === "CA5")
          .map(keyOf)
          .sort(),
      ).toEqual(ca5.sort());
    });

    it("orders entries by partner, reporter, flow", () => {
      const keys = coverage.data.map((e) => [e.partner, e.reporter, e.flow]);
      const sorted = [...keys].sort((a, b) => a[0]!.localeCompare(b[0]!) || a[1]!.localeCompare(b[1]!) || a[2]!.localeCompare(b[2]!));
      expect(keys).toEqual(sorted);
    });
  });

  describe("GET /api/v1/coverage", () => {
    it("answers with the same entries", async () => {
      pointRoutesAt(t.db);
      const response = await callRoute(getCoverage, "/api/v1/coverage");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(coverage);
    });
  });
});
