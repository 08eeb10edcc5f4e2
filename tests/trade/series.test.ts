import { describe, expect, it } from "vitest";
import { CENTRAL_ASIA, REGION_CODE } from "@/lib/core/reference/codes";
import type { TradeRow } from "@/lib/trade/schemas";
import { describeSource, indexSources, preferredRows, selectionTotals, type SelectionTotal } from "@/lib/trade/series";
import { permutations, sourceRef, SOURCES, tradeRow } from "./fixtures";

const FIVE = [...CENTRAL_ASIA];
const byKey = (totals: SelectionTotal[]) => new Map(totals.map((t) => [`${t.reporter}|${t.year}`, t]));

describe("trade series", () => {
  describe("indexSources", () => {
    it("finds each source by its id", () => {
      const list = [sourceRef("a", 1), sourceRef("b", 2)];
      const index = indexSources(list);
      expect(index.size).toBe(2);
      for (const s of list) expect(index.get(s.id)).toBe(s);
    });
  });

  describe("preferredRows", () => {
    const dataset = tradeRow({ partner: "KAZ", reporter: "KAZ", year: 2023, valueUsd: 30e9, sourceId: "dataset" });
    const press = tradeRow({ partner: "KAZ", reporter: "KAZ", year: 2023, valueUsd: 31e9, sourceId: "press" });
    const copy = tradeRow({ partner: "KAZ", reporter: "KAZ", year: 2023, valueUsd: 29e9, sourceId: "copy" });

    it("keeps one figure per partner, period, reporter, flow and goods: the most authoritative source's", () => {
      for (const order of permutations([press, copy, dataset])) {
        const rows = preferredRows(order, SOURCES);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toBe(dataset);
      }
    });

    it("keeps figures that differ in partner, period, reporter, flow or goods", () => {
      const variants: TradeRow[] = [
        dataset,
        { ...press, partner: "UZB" },
        { ...press, period: "2023H1", periodKind: "part_year" },
        { ...press, reporter: "CHN" },
        { ...press, flow: "china_exports" },
        { ...press, commodity: "2709" },
      ];
      expect(preferredRows(variants, SOURCES)).toEqual(variants);
    });

    it("treats a row without a commodity as the all-goods total", () => {
      const { commodity: _commodity, ...withoutCommodity } = press;
      const rows = preferredRows([withoutCommodity, dataset], SOURCES);
      expect(rows).toEqual([dataset]);
    });

    it("ranks a source missing from the index after every known source, even with a smaller id", () => {
      const unknown = { ...copy, sourceId: "0-unlisted" };
      for (const order of permutations([unknown, copy])) expect(preferredRows(order, SOURCES)).toEqual([copy]);
    });

    it("breaks a tie between sources of the same priority by the smaller id, whatever the order", () => {
      const index = indexSources([sourceRef("b-source", 5), sourceRef("a-source", 5)]);
      const a = { ...dataset, sourceId: "a-source", valueUsd: 1 };
      const b = { ...dataset, sourceId: "b-source", valueUsd: 2 };
      for (const order of permutations([b, a])) expect(preferredRows(order, index)).toEqual([a]);
    });
  });

  describe("describeSource", () => {
    it("names the source's publisher", () => {
      expect(describeSource({ sourceId: "press", derivation: null }, SOURCES)).toBe("Ministry press release");
    });

    it("falls back on the source id when the source is not known", () => {
      expect(describeSource({ sourceId: "somewhere-else", derivation: null }, SOURCES)).toBe("somewhere-else");
    });

    it("says how a derived figure was computed", () => {
      expect(describeSource({ sourceId: "dataset", derivation: "exports + imports" }, SOURCES)).toBe(
        "Statistics Office (computed: exports + imports)",
      );
    });
  });

  describe("selectionTotals", () => {
    /** One CHN figure per country for a year, KAZ = 1e9, KGZ = 2e9, … */
    const chinaYear = (year: number, countries: readonly string[] = FIVE) =>
      countries.map((partner) =>
        tradeRow({ partner, reporter: "CHN", year, valueUsd: (FIVE.indexOf(partner as never) + 1) * 1e9, sourceId: "gacc" }),
      );
    const sumOf = (rows: TradeRow[]) => rows.reduce((s, r) => s + r.valueUsd, 0);

    describe("goods", () => {
      it("adds up all-goods totals only: an HS-coded figure is neither a country nor part of a total", () => {
        const kaz = tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 40e9, sourceId: "gacc" });
        const oil = tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 5e9, sourceId: "gacc", commodity: "2709" });
        // UZB has no figure, so there is no KAZ+UZB total, however the oil row is counted
        expect(selectionTotals([kaz, oil], SOURCES, ["KAZ", "UZB"])).toEqual([]);
        const [only] = selectionTotals([kaz, oil], SOURCES, ["KAZ"]);
        expect(only?.valueUsd).toBe(40e9);
      });
    });

    describe("published Central Asia totals", () => {
      it("uses the published CA5 total when all five are selected, not the sum of the five", () => {
        const countries = chinaYear(2024);
        const published = tradeRow({ partner: REGION_CODE, reporter: "CHN", year: 2024, valueUsd: 94.82e9, sourceId: "gacc" });
        const [total, ...rest] = selectionTotals([...countries, published], SOURCES, FIVE);
        expect(rest).toEqual([]);
        expect(total).toMatchObject({
          reporter: "CHN",
          series: "CHN",
          year: 2024,
          flow: "turnover",
          valueUsd: published.valueUsd,
          basis: "published",
        });
        expect(total!.valueUsd).not.toBe(sumOf(countries));
        expect(total!.sourceLabel).toContain("GACC");
        expect(total!.sourceLabel).toContain("published total");
      });

      it("uses the published total even when a country's own figure is missing that year", () => {
        const rows = [
          ...chinaYear(2024, ["KAZ", "KGZ", "TJK", "UZB"]),
          tradeRow({ partner: REGION_CODE, reporter: "CHN", year: 2024, valueUsd: 90e9, sourceId: "gacc" }),
        ];
        expect(selectionTotals(rows, SOURCES, FIVE)).toMatchObject([{ year: 2024, valueUsd: 90e9, basis: "published" }]);
      });

      it("ignores the published total when fewer than five are selected", () => {
        const selected = ["KAZ", "UZB"];
        const countries = chinaYear(2024, selected);
        const rows = [...countries, tradeRow({ partner: REGION_CODE, reporter: "CHN", year: 2024, valueUsd: 94.82e9, sourceId: "gacc" })];
        expect(selectionTotals(rows, SOURCES, selected)).toMatchObject([{ year: 2024, valueUsd: sumOf(countries), basis: "sum" }]);
      });

      it("adds up the five in years without a published total", () => {
        const countries2023 = chinaYear(2023);
        const rows = [
          ...countries2023,
          ...chinaYear(2024),
          tradeRow({ partner: REGION_CODE, reporter: "CHN", year: 2024, valueUsd: 94.82e9, sourceId: "gacc" }),
        ];
        const totals = byKey(selectionTotals(rows, SOURCES, FIVE));
        expect(totals.get("CHN|2023")).toMatchObject({ valueUsd: sumOf(countries2023), basis: "sum" });
        expect(totals.get("CHN|2024")).toMatchObject({ valueUsd: 94.82e9, basis: "published" });
      });

      it("takes the most authoritative of several published totals", () => {
        const rows = [
          ...chinaYear(2024),
          tradeRow({ partner: REGION_CODE, reporter: "CHN", year: 2024, valueUsd: 95e9, sourceId: "press" }),
          tradeRow({ partner: REGION_CODE, reporter: "CHN", year: 2024, valueUsd: 94e9, sourceId: "dataset" }),
        ];
        for (const order of permutations(rows.slice(-2))) {
          expect(selectionTotals([...rows.slice(0, -2), ...order], SOURCES, FIVE)).toMatchObject([{ valueUsd: 94e9, basis: "published" }]);
        }
      });
    });

    describe("sums of the selected countries", () => {
      it("adds up the selected countries' figures from one reporter", () => {
        const selected = ["KAZ", "KGZ", "UZB"];
        const countries = chinaYear(2022, selected);
        const other = chinaYear(2022, ["TJK"]);
        const [total, ...rest] = selectionTotals([...countries, ...other], SOURCES, selected);
        expect(rest).toEqual([]);
        expect(total).toMatchObject({ reporter: "CHN", year: 2022, valueUsd: sumOf(countries), basis: "sum" });
      });

      it("gives a year with any selected country missing no total at all, rather than a too-small one", () => {
        const selected = ["KAZ", "KGZ", "UZB"];
        const rows = [...chinaYear(2021, selected), ...chinaYear(2022, ["KAZ", "UZB"])];
        const totals = selectionTotals(rows, SOURCES, selected);
        expect(totals.map((t) => t.year)).toEqual([2021]);
        expect(totals.find((t) => t.year === 2022)).toBeUndefined();
      });

      it("does not count two sources for one country as two countries", () => {
        const selected = ["KAZ", "KGZ"];
        const rows = [
          tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 40e9, sourceId: "dataset" }),
          tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 41e9, sourceId: "press" }),
        ];
        expect(selectionTotals(rows, SOURCES, selected)).toEqual([]);
      });

      it("adds the most authoritative figure of each country", () => {
        const rows = [
          tradeRow({ partner: "KAZ", reporter: "KAZ", year: 2024, valueUsd: 31e9, sourceId: "press" }),
          tradeRow({ partner: "KAZ", reporter: "KAZ", year: 2024, valueUsd: 30e9, sourceId: "dataset" }),
        ];
        for (const order of permutations(rows)) {
          expect(selectionTotals(order, SOURCES, ["KAZ"])).toMatchObject([{ reporter: "KAZ", valueUsd: 30e9, basis: "sum" }]);
        }
      });

      it("adds up to the cent, without floating-point dust", () => {
        const rows = [
          tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 0.1, sourceId: "gacc" }),
          tradeRow({ partner: "UZB", reporter: "CHN", year: 2024, valueUsd: 0.2, sourceId: "gacc" }),
        ];
        expect(selectionTotals(rows, SOURCES, ["KAZ", "UZB"])[0]!.valueUsd).toBe(0.3);
      });

      it("names each distinct source once in a sum's label, and a single country's source alone", () => {
        const rows = [
          tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 1, sourceId: "gacc" }),
          tradeRow({ partner: "UZB", reporter: "CHN", year: 2024, valueUsd: 2, sourceId: "gacc" }),
          tradeRow({ partner: "KGZ", reporter: "CHN", year: 2024, valueUsd: 3, sourceId: "press" }),
        ];
        const label = selectionTotals(rows, SOURCES, ["KAZ", "KGZ", "UZB"])[0]!.sourceLabel;
        expect(label).toContain("3 countries");
        expect(label.split("GACC")).toHaveLength(2);
        expect(label).toContain("Ministry press release");
        expect(selectionTotals(rows, SOURCES, ["KGZ"])[0]!.sourceLabel).toBe("Ministry press release");
      });
    });

    describe("reporters", () => {
      it("never adds one reporter's figures to another's", () => {
        const selected = ["KAZ", "UZB"];
        const rows = [
          tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 40e9, sourceId: "gacc" }),
          tradeRow({ partner: "UZB", reporter: "UZB", year: 2024, valueUsd: 13e9, sourceId: "dataset" }),
        ];
        expect(selectionTotals(rows, SOURCES, selected)).toEqual([]);
      });

      it("gives each reporter its own total from its own figures", () => {
        const selected = ["KAZ", "UZB"];
        const chn = [
          tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 40e9, sourceId: "gacc" }),
          tradeRow({ partner: "UZB", reporter: "CHN", year: 2024, valueUsd: 13e9, sourceId: "gacc" }),
        ];
        const edb = [
          tradeRow({ partner: "KAZ", reporter: "EDB", year: 2024, valueUsd: 39e9, sourceId: "dataset" }),
          tradeRow({ partner: "UZB", reporter: "EDB", year: 2024, valueUsd: 12e9, sourceId: "dataset" }),
        ];
        const totals = byKey(selectionTotals([...edb, ...chn], SOURCES, selected));
        expect(totals.size).toBe(2);
        expect(totals.get("CHN|2024")).toMatchObject({ series: "CHN", valueUsd: sumOf(chn) });
        expect(totals.get("EDB|2024")).toMatchObject({ series: "EDB", valueUsd: sumOf(edb) });
      });

      it("uses one reporter's published total without touching another reporter's sum", () => {
        const rows = [
          ...chinaYear(2024),
          tradeRow({ partner: REGION_CODE, reporter: "CHN", year: 2024, valueUsd: 94.82e9, sourceId: "gacc" }),
          ...FIVE.map((partner) => tradeRow({ partner, reporter: "EDB", year: 2024, valueUsd: 1e9, sourceId: "dataset" })),
        ];
        const totals = byKey(selectionTotals(rows, SOURCES, FIVE));
        expect(totals.get("CHN|2024")).toMatchObject({ basis: "published", valueUsd: 94.82e9 });
        expect(totals.get("EDB|2024")).toMatchObject({ basis: "sum", valueUsd: 5e9 });
      });
    });

    describe("which figures count", () => {
      it("counts only the flow asked for, turnover by default", () => {
        const rows = [
          tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 40e9, sourceId: "gacc" }),
          tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 25e9, sourceId: "gacc", flow: "china_exports" }),
        ];
        expect(selectionTotals(rows, SOURCES, ["KAZ"])).toMatchObject([{ valueUsd: 40e9, flow: "turnover" }]);
        expect(selectionTotals(rows, SOURCES, ["KAZ"], "china_exports")).toMatchObject([{ valueUsd: 25e9, flow: "china_exports" }]);
        expect(selectionTotals(rows, SOURCES, ["KAZ"], "china_imports")).toEqual([]);
      });

      it("counts full years only: a part-year figure never completes a year", () => {
        const rows = [
          tradeRow({ partner: "KAZ", reporter: "CHN", year: 2024, valueUsd: 40e9, sourceId: "gacc" }),
          tradeRow({ partner: "UZB", reporter: "CHN", year: 2024, period: "2024M1-11", periodKind: "part_year", valueUsd: 12e9, sourceId: "gacc" }),
        ];
        expect(selectionTotals(rows, SOURCES, ["KAZ", "UZB"])).toEqual([]);
      });

      it("ignores countries that are not selected", () => {
        const rows = chinaYear(2024);
        expect(selectionTotals(rows, SOURCES, ["TJK"])).toMatchObject([{ valueUsd: rows.find((r) => r.partner === "TJK")!.valueUsd }]);
      });
    });

    it("orders totals by year, then reporter", () => {
      const rows = (["EDB", "CHN", "COW"] as const).flatMap((reporter) =>
        [2024, 2022, 2023].map((year) => tradeRow({ partner: "KAZ", reporter, year, valueUsd: 1, sourceId: "dataset" })),
      );
      const keys = selectionTotals(rows, SOURCES, ["KAZ"]).map((t) => `${t.year}|${t.reporter}`);
      expect(keys).toEqual(["2022|CHN", "2022|COW", "2022|EDB", "2023|CHN", "2023|COW", "2023|EDB", "2024|CHN", "2024|COW", "2024|EDB"]);
    });
  });
});
