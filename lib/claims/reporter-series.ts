// One full-year turnover series per reporter for a trade claim's partners, as
// the verdicts see it: what the claim's evidence chart draws. Kept apart from
// verdicts.ts so that the chart's code carries no verdict words. Browser-safe.
import type { SourceRef } from "../core/sources";
import type { TradeRow } from "../trade/schemas";
import type { TradeAssertion } from "./assertion";
import { claimSeries } from "./trade-series";

export interface YearValue {
  year: number;
  valueUsd: number;
  /** the published figure's source; null for a sum of countries */
  sourceId: string | null;
}

/** One full-year turnover series per reporter for the claim's partners, as the verdicts see it (for the evidence chart). */
export function reporterSeries(a: TradeAssertion, trade: TradeRow[], sources: SourceRef[]): Map<string, YearValue[]> {
  const series = claimSeries(trade, sources, { partners: a.partners, flow: "turnover", part: "", currency: "USD" });
  return new Map(
    [...series].map(([reporter, list]) => [
      reporter,
      list.map((p) => ({ year: p.year, valueUsd: p.valueUsd, sourceId: p.basis === "published" ? p.figures[0]!.sourceId : null })),
    ]),
  );
}
