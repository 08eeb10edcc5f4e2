// What the figures table (/data) shows of a selection before its rows are wanted: the headline
// counts, the sources it rests on and the first page of rows. The server sends this in the page
// instead of every figure; the table fetches the figures when a reader nears it. Browser-safe and
// zod-free: the client computes the same summary when the filters change.
import { sourceUsesOf, type SourceUse } from "../core/source-uses";
import type { SourceRef } from "../core/sources";
import type { TradeResponse, TradeRow } from "./schemas";

/** Rows on one page of the figures table: the page's HTML carries these, the rest come when asked for. */
export const TRADE_TABLE_PAGE_SIZE = 25;

export interface TradeTableSummary {
  total: number;
  /** the first and last year of the figures; null when there are none */
  years: { first: number; last: number } | null;
  sources: SourceRef[];
  /** the sources the figures rest on, with whose figures each carried (the Cite panel's) */
  uses: SourceUse[];
  /** the number of sources the figures rest on */
  sourceCount: number;
  /** the table's first page, in the API's order */
  firstRows: TradeRow[];
}

export function summarizeTradeTable(response: TradeResponse): TradeTableSummary {
  const rows = response.data;
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    first = Math.min(first, r.year);
    last = Math.max(last, r.year);
  }
  return {
    total: rows.length,
    years: rows.length ? { first, last } : null,
    sources: response.sources,
    uses: sourceUsesOf(rows),
    sourceCount: new Set(rows.map((r) => r.sourceId)).size,
    firstRows: rows.slice(0, TRADE_TABLE_PAGE_SIZE),
  };
}
