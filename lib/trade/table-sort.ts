// Sorting for the data table. Browser-safe.
import type { TradeRow } from "./schemas";

export const SORT_KEYS = ["partner", "year", "reporter", "flow", "valueUsd", "sourceId"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

/** A stable sort by one column; ties keep the API's order (partner, year, reporter, flow). */
export function sortTradeRows(rows: TradeRow[], key: SortKey, direction: SortDirection): TradeRow[] {
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row[key];
      const y = b.row[key];
      const cmp = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return cmp !== 0 ? sign * cmp : a.index - b.index;
    })
    .map(({ row }) => row);
}
