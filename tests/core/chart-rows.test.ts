import { describe, expect, it } from "vitest";
import { sourceKey, toYearRows, type SeriesPoint } from "@/lib/core/chart-rows";

const point = (year: number, series: string, valueUsd: number, sourceLabel = `source of ${series} ${year}`): SeriesPoint => ({
  year,
  series,
  valueUsd,
  sourceLabel,
});

describe("toYearRows", () => {
  describe("years", () => {
    it("gives every year from the first to the last point a row, in order, even years with no point", () => {
      const rows = toYearRows([point(2024, "CHN", 4), point(2018, "CHN", 1), point(2020, "KAZ", 2)], ["CHN", "KAZ"]);
      const years = rows.map((r) => r.year);
      expect(years).toEqual(Array.from({ length: 2024 - 2018 + 1 }, (_, i) => 2018 + i));
    });

    it("extends to the range asked for, beyond the points on both sides", () => {
      const rows = toYearRows([point(2020, "CHN", 1)], ["CHN"], { from: 2017, to: 2023 });
      expect(rows.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    });

    it("takes the missing side of an open range from the points", () => {
      const points = [point(2016, "CHN", 1), point(2019, "CHN", 2)];
      expect(toYearRows(points, ["CHN"], { from: 2014, to: null }).map((r) => r.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
      expect(toYearRows(points, ["CHN"], { from: null, to: 2021 }).map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021]);
      expect(toYearRows(points, ["CHN"], { from: null, to: null }).map((r) => r.year)).toEqual([2016, 2017, 2018, 2019]);
    });

    it("leaves out points outside a narrower range", () => {
      const rows = toYearRows([point(2010, "CHN", 1), point(2015, "CHN", 5), point(2020, "CHN", 9)], ["CHN"], { from: 2014, to: 2016 });
      expect(rows.map((r) => r.year)).toEqual([2014, 2015, 2016]);
      expect(rows.map((r) => r.CHN)).toEqual([null, 5, null]);
    });

    it("has no rows when there are no points", () => {
      expect(toYearRows([], ["CHN"])).toEqual([]);
    });
  });

  describe("gaps", () => {
    it("leaves a year without a figure null, never a value interpolated from its neighbours", () => {
      const rows = toYearRows([point(2020, "CHN", 100), point(2022, "CHN", 300)], ["CHN"]);
      const gap = rows.find((r) => r.year === 2021)!;
      expect(gap.CHN).toBeNull();
      expect(gap[sourceKey("CHN")]).toBeNull();
    });

    it("gives every requested series a key in every row, null where that series has no figure", () => {
      const series = ["CHN", "KAZ", "UZB"];
      const rows = toYearRows([point(2020, "CHN", 1), point(2021, "KAZ", 2)], series);
      for (const row of rows) {
        for (const s of series) {
          expect(row).toHaveProperty(s);
          expect(row).toHaveProperty(sourceKey(s));
        }
      }
      expect(rows.find((r) => r.year === 2020)!.KAZ).toBeNull();
      expect(rows.find((r) => r.year === 2021)!.CHN).toBeNull();
      expect(rows.every((r) => r.UZB === null && r[sourceKey("UZB")] === null)).toBe(true);
    });

    it("keeps a real zero as zero, not as a gap", () => {
      const rows = toYearRows([point(2020, "CHN", 0)], ["CHN"]);
      expect(rows[0]!.CHN).toBe(0);
    });
  });

  describe("values and sources", () => {
    it("puts each point's value under its series and its source label under the series' source key", () => {
      const points = [
        point(2020, "CHN", 10, "GACC"),
        point(2020, "KAZ", 20, "BNS (computed: exports + imports)"),
        point(2021, "CHN", 30, "GACC 2021"),
      ];
      const rows = toYearRows(points, ["CHN", "KAZ"]);
      for (const p of points) {
        const row = rows.find((r) => r.year === p.year)!;
        expect(row[p.series]).toBe(p.valueUsd);
        expect(row[sourceKey(p.series)]).toBe(p.sourceLabel);
      }
    });

    it("names the source key after the series, apart from the series' own key", () => {
      expect(sourceKey("CHN")).toBe("CHN__source");
      expect(sourceKey("china_exports")).not.toBe("china_exports");
      expect(sourceKey("KAZ")).not.toBe(sourceKey("KGZ"));
    });
  });
});
