// Hand-made trade rows and sources for the pure trade modules' tests.
import type { SourceRef } from "@/lib/core/sources";
import type { TradeRow } from "@/lib/trade/schemas";
import { indexSources, type SourceIndex } from "@/lib/trade/series";

export function tradeRow(fields: Partial<TradeRow> & Pick<TradeRow, "partner" | "reporter" | "year" | "valueUsd">): TradeRow {
  return {
    period: String(fields.year),
    periodKind: "full_year",
    flow: "turnover",
    commodity: "TOTAL",
    sourceId: "dataset",
    derivation: null,
    note: null,
    revised: false,
    synthetic: false,
    ...fields,
  };
}

export function sourceRef(id: string, priority: number, publisher = `Publisher of ${id}`): SourceRef {
  return { id, publisher, title: `Title of ${id}`, url: `https://example.org/${id}`, licence: "CC BY 4.0", methodNote: null, priority };
}

/** dataset (10) before press (50) before copy (90); publisher names say which. */
export const SOURCES: SourceIndex = indexSources([
  sourceRef("dataset", 10, "Statistics Office"),
  sourceRef("press", 50, "Ministry press release"),
  sourceRef("copy", 90, "News copy"),
  sourceRef("gacc", 10, "GACC"),
]);

export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
