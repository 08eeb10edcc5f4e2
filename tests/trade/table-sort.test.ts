import { describe, expect, it } from "vitest";
import type { TradeRow } from "@/lib/trade/schemas";
import { SORT_KEYS, sortTradeRows } from "@/lib/trade/table-sort";
import { tradeRow } from "./fixtures";

// In the API's order (partner, year, reporter, flow); `note` numbers each row so ties can be traced.
const ROWS: TradeRow[] = [
  tradeRow({ partner: "KAZ", year: 2022, reporter: "CHN", flow: "turnover", valueUsd: 9e9, sourceId: "gacc" }),
  tradeRow({ partner: "KAZ", year: 2022, reporter: "KAZ", flow: "china_exports", valueUsd: 10e9, sourceId: "dataset" }),
  tradeRow({ partner: "KAZ", year: 2023, reporter: "CHN", flow: "turnover", valueUsd: 100e9, sourceId: "gacc" }),
  tradeRow({ partner: "KGZ", year: 2010, reporter: "CHN", flow: "china_imports", valueUsd: 9e9, sourceId: "press" }),
  tradeRow({ partner: "UZB", year: 2023, reporter: "EDB", flow: "turnover", valueUsd: 0.5, sourceId: "copy" }),
  tradeRow({ partner: "UZB", year: 2024, reporter: "CHN", flow: "china_exports", valueUsd: 1e9, sourceId: "gacc" }),
].map((row, i) => ({ ...row, note: `row ${i}` }));

const notes = (rows: TradeRow[]) => rows.map((r) => r.note);

/** True when every neighbouring pair is in order by `compare`, ties in the original order. */
function sortedStably(sorted: TradeRow[], original: TradeRow[], compare: (a: TradeRow, b: TradeRow) => number): boolean {
  return sorted.every((row, i) => {
    if (i === 0) return true;
    const prev = sorted[i - 1]!;
    const c = compare(prev, row);
    return c < 0 || (c === 0 && original.indexOf(prev) < original.indexOf(row));
  });
}

describe("sortTradeRows", () => {
  describe("numbers", () => {
    it("sorts values by size, not as text", () => {
      expect(sortTradeRows(ROWS, "valueUsd", "asc").map((r) => r.valueUsd)).toEqual([0.5, 1e9, 9e9, 9e9, 10e9, 100e9]);
    });

    it("sorts years descending with the newest first", () => {
      expect(sortTradeRows(ROWS, "year", "desc").map((r) => r.year)).toEqual([2024, 2023, 2023, 2022, 2022, 2010]);
    });
  });

  describe("text", () => {
    it("sorts partners, reporters, flows and sources alphabetically", () => {
      for (const key of ["partner", "reporter", "flow", "sourceId"] as const) {
        const sorted = sortTradeRows(ROWS, key, "asc").map((r) => r[key]);
        expect(sorted, key).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
      }
    });
  });

  describe("stability", () => {
    it("keeps tied rows in the order they came in, ascending and descending", () => {
      for (const key of SORT_KEYS) {
        for (const direction of ["asc", "desc"] as const) {
          const sign = direction === "asc" ? 1 : -1;
          const compare = (a: TradeRow, b: TradeRow) => {
            const x = a[key];
            const y = b[key];
            return sign * (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)));
          };
          expect(sortedStably(sortTradeRows(ROWS, key, direction), ROWS, compare), `${key} ${direction}`).toBe(true);
        }
      }
    });

    it("does not reverse ties when sorting descending", () => {
      // rows 0 and 3 share 9e9; rows 2 and 4 share 2023
      expect(notes(sortTradeRows(ROWS, "valueUsd", "desc"))).toEqual(["row 2", "row 1", "row 0", "row 3", "row 5", "row 4"]);
      expect(notes(sortTradeRows(ROWS, "year", "desc")).slice(1, 3)).toEqual(["row 2", "row 4"]);
    });

    it("keeps ties in the input order, whatever that order is", () => {
      const reversed = [...ROWS].reverse();
      const tied = sortTradeRows(reversed, "partner", "asc").filter((r) => r.partner === "KAZ");
      expect(notes(tied)).toEqual(["row 2", "row 1", "row 0"]);
    });
  });

  describe("direction", () => {
    it("sorts descending as the exact reverse of ascending when no two values tie", () => {
      const distinct = ROWS.filter((r) => r.note !== "row 3");
      expect(sortTradeRows(distinct, "valueUsd", "desc")).toEqual([...sortTradeRows(distinct, "valueUsd", "asc")].reverse());
    });
  });

  describe("the input", () => {
    it("is left as it was; the sort returns a new list of the same rows", () => {
      const input = [...ROWS];
      const sorted = sortTradeRows(input, "valueUsd", "asc");
      expect(input).toEqual(ROWS);
      expect(sorted).not.toBe(input);
      expect(new Set(sorted)).toEqual(new Set(ROWS));
      expect(sorted).toHaveLength(ROWS.length);
    });

    it("sorts an empty table to an empty table", () => {
      expect(sortTradeRows([], "year", "asc")).toEqual([]);
    });
  });
});
