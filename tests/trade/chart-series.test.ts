import { describe, expect, it } from "vitest";
import type { SeriesPoint } from "@/lib/core/chart-rows";
import { countryPoints, headlineFigures, reporterPoints } from "@/lib/trade/chart-series";
import type { SelectionTotal } from "@/lib/trade/series";
import { permutations, SOURCES, tradeRow } from "./fixtures";

const total = (reporter: string, year: number, valueUsd: number, basis: SelectionTotal["basis"] = "sum"): SelectionTotal => ({
  reporter,
  series: reporter,
  year,
  valueUsd,
  flow: "turnover",
  basis,
  sourceLabel: `${reporter} ${year}`,
});

const byYearAndSeries = (points: SeriesPoint[]) => [...points].sort((a, b) => a.year - b.year || a.series.localeCompare(b.series));

describe("chart series", () => {
  describe("reporterPoints", () => {
    const rows = [
      tradeRow({ partner: "KAZ", reporter: "CHN", year: 2023, valueUsd: 41e9, sourceId: "gacc" }),
      tradeRow({ partner: "KAZ", reporter: "KAZ", year: 2023, valueUsd: 30e9, sourceId: "dataset" }),
      tradeRow({ partner: "KAZ", reporter: "KAZ", year: 2023, valueUsd: 31e9, sourceId: "press" }),
      tradeRow({ partner: "KAZ", reporter: "KAZ", year: 2024, valueUsd: 33e9, sourceId: "dataset", derivation: "exports + imports" }),
      tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 25e9, sourceId: "gacc", flow: "china_exports" }),
      tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, period: "2024H1", periodKind: "part_year", valueUsd: 20e9, sourceId: "gacc" }),
      tradeRow({ partner: "UZB", reporter: "CHN", year: 2023, valueUsd: 13e9, sourceId: "gacc" }),
    ];

    it("makes one series per reporter for the partner and flow, from full years only", () => {
      const points = byYearAndSeries(reporterPoints(rows, SOURCES, "KAZ", "turnover"));
      expect(points.map((p) => [p.year, p.series, p.valueUsd])).toEqual([
        [2023, "CHN", 41e9],
        [2023, "KAZ", 30e9],
        [2024, "KAZ", 33e9],
      ]);
    });

    it("uses the most authoritative figure when a reporter has several, whatever the order", () => {
      for (const order of permutations(rows.slice(0, 4))) {
        const kaz2023 = reporterPoints(order, SOURCES, "KAZ", "turnover").filter((p) => p.series === "KAZ" && p.year === 2023);
        expect(kaz2023.map((p) => p.valueUsd)).toEqual([30e9]);
      }
    });

    it("labels each point with its source, and says how a derived figure was made", () => {
      const points = reporterPoints(rows, SOURCES, "KAZ", "turnover");
      expect(points.find((p) => p.series === "CHN" && p.year === 2023)!.sourceLabel).toBe("GACC");
      expect(points.find((p) => p.series === "KAZ" && p.year === 2024)!.sourceLabel).toBe("Statistics Office (computed: exports + imports)");
    });

    it("follows the flow asked for", () => {
      expect(reporterPoints(rows, SOURCES, "KAZ", "china_exports").map((p) => [p.year, p.series, p.valueUsd])).toEqual([[2024, "CHN", 25e9]]);
      expect(reporterPoints(rows, SOURCES, "KAZ", "china_imports")).toEqual([]);
    });
  });

  describe("countryPoints", () => {
    const rows = [
      tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 43e9, sourceId: "gacc" }),
      tradeRow({ partner: "UZB", reporter: "CHN", year: 2024, valueUsd: 13e9, sourceId: "gacc" }),
      tradeRow({ partner: "UZB", reporter: "CHN", year: 2024, valueUsd: 14e9, sourceId: "press" }),
      tradeRow({ partner: "KGZ", reporter: "CHN", year: 2024, valueUsd: 22e9, sourceId: "gacc" }),
      tradeRow({ partner: "CA5", reporter: "CHN", year: 2024, valueUsd: 94e9, sourceId: "gacc" }),
      tradeRow({ partner: "KAZ", reporter: "KAZ", year: 2024, valueUsd: 30e9, sourceId: "dataset" }),
      tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 25e9, sourceId: "gacc", flow: "china_exports" }),
      tradeRow({ partner: "KAZ", reporter: "CHN", year: 2023, period: "2023H1", periodKind: "part_year", valueUsd: 20e9, sourceId: "gacc" }),
    ];

    it("makes one series per selected country from one reporter's figures", () => {
      const points = byYearAndSeries(countryPoints(rows, SOURCES, "CHN", "turnover", ["KAZ", "UZB"]));
      expect(points.map((p) => [p.year, p.series, p.valueUsd, p.sourceLabel])).toEqual([
        [2024, "KAZ", 43e9, "GACC"],
        [2024, "UZB", 13e9, "GACC"],
      ]);
    });

    it("leaves out unselected countries and the region total unless it is selected", () => {
      const series = new Set(countryPoints(rows, SOURCES, "CHN", "turnover", ["KAZ", "KGZ", "TJK", "TKM", "UZB"]).map((p) => p.series));
      expect(series).toEqual(new Set(["KAZ", "KGZ", "UZB"]));
      expect(countryPoints(rows, SOURCES, "CHN", "turnover", ["KGZ"]).map((p) => p.series)).toEqual(["KGZ"]);
    });

    it("never takes another reporter's figure", () => {
      const points = countryPoints(rows, SOURCES, "KAZ", "turnover", ["KAZ", "UZB"]);
      expect(points.map((p) => [p.series, p.valueUsd])).toEqual([["KAZ", 30e9]]);
    });

    it("follows the flow asked for and skips part-years", () => {
      expect(countryPoints(rows, SOURCES, "CHN", "china_exports", ["KAZ"]).map((p) => [p.year, p.valueUsd])).toEqual([[2024, 25e9]]);
      expect(countryPoints(rows, SOURCES, "CHN", "turnover", ["KAZ"]).some((p) => p.year === 2023)).toBe(false);
    });
  });

  describe("headlineFigures", () => {
    it("gives each reporter its latest total", () => {
      const figures = headlineFigures([total("CHN", 2022, 1), total("CHN", 2024, 3), total("CHN", 2023, 2), total("KAZ", 2021, 7)]);
      expect(figures.map((f) => [f.reporter, f.year, f.valueUsd])).toEqual([
        ["CHN", 2024, 3],
        ["KAZ", 2021, 7],
      ]);
    });

    it("gives the change on the previous year when that year has a total", () => {
      const [figure] = headlineFigures([total("CHN", 2023, 80e9), total("CHN", 2024, 94e9)]);
      expect(figure!.previousValueUsd).toBe(80e9);
      expect(figure!.changePct).toBeCloseTo(((94e9 - 80e9) / 80e9) * 100, 1);
    });

    it("gives a fall as a negative change", () => {
      const [figure] = headlineFigures([total("CHN", 2023, 100), total("CHN", 2024, 75)]);
      expect(figure!.changePct).toBe(-25);
    });

    it("rounds the change to one decimal", () => {
      const [figure] = headlineFigures([total("CHN", 2023, 3), total("CHN", 2024, 4)]);
      expect(figure!.changePct).toBe(33.3);
    });

    it("gives no change when the year before the latest has no total, never one against an older year", () => {
      const [figure] = headlineFigures([total("CHN", 2021, 50), total("CHN", 2022, 60), total("CHN", 2024, 90)]);
      expect(figure!.year).toBe(2024);
      expect(figure!.previousValueUsd).toBeNull();
      expect(figure!.changePct).toBeNull();
    });

    it("gives no change for a reporter with one total", () => {
      const [figure] = headlineFigures([total("EDB", 2024, 90)]);
      expect(figure).toMatchObject({ previousValueUsd: null, changePct: null });
    });

    it("compares a reporter only with its own previous year", () => {
      const figures = headlineFigures([total("CHN", 2024, 90), total("KAZ", 2023, 45), total("KAZ", 2024, 50)]);
      expect(figures.find((f) => f.reporter === "CHN")).toMatchObject({ previousValueUsd: null, changePct: null });
      expect(figures.find((f) => f.reporter === "KAZ")).toMatchObject({ previousValueUsd: 45 });
    });

    it("keeps the latest total's basis and source label", () => {
      const [figure] = headlineFigures([total("CHN", 2023, 1, "sum"), total("CHN", 2024, 2, "published")]);
      expect(figure).toMatchObject({ basis: "published", sourceLabel: "CHN 2024" });
    });

    it("orders the newest figures first, then by reporter", () => {
      const figures = headlineFigures([total("KAZ", 2024, 1), total("EDB", 2022, 1), total("CHN", 2024, 1), total("COW", 2020, 1)]);
      expect(figures.map((f) => `${f.year}|${f.reporter}`)).toEqual(["2024|CHN", "2024|KAZ", "2022|EDB", "2020|COW"]);
    });

    it("has no figures without totals", () => {
      expect(headlineFigures([])).toEqual([]);
    });
  });
});
