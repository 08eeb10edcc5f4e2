// Which figure a series uses, and totals over several countries, without
// ever mixing reporters: a series is one reporter's figures, and a total is
// either published as such or the sum of the selected countries from that one
// reporter. Used by the verdicts and by the charts. Browser-safe.
import type { SeriesPoint } from "../core/chart-rows";
import { ALL_GOODS, CENTRAL_ASIA, compareCodes, isSeriesReporter, REGION_CODE, type Flow } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import { pickPreferred, UNKNOWN_SOURCE_PRIORITY } from "./preferred";
import type { TradeRow } from "./schemas";

export type SourceIndex = Map<string, SourceRef>;

export function indexSources(sources: SourceRef[]): SourceIndex {
  return new Map(sources.map((s) => [s.id, s]));
}

/**
 * One figure per partner, period, reporter and flow: where a reporter has
 * several (a dataset and press quotes), the most authoritative source wins.
 * The others stay visible in the data table.
 */
export function preferredRows(rows: TradeRow[], sources: SourceIndex): TradeRow[] {
  const rank = (row: TradeRow) => ({ priority: sources.get(row.sourceId)?.priority ?? UNKNOWN_SOURCE_PRIORITY, sourceId: row.sourceId });
  // a figure whose side is not stated belongs to no reporter's series
  const seriesRows = rows.filter((row) => isSeriesReporter(row.reporter));
  return [
    ...pickPreferred(seriesRows, (row) => `${row.partner}|${row.period}|${row.reporter}|${row.flow}|${row.commodity ?? ALL_GOODS}`, rank).values(),
  ];
}

export function describeSource(row: Pick<TradeRow, "sourceId" | "derivation">, sources: SourceIndex): string {
  const source = sources.get(row.sourceId);
  const name = source ? source.publisher : row.sourceId;
  return row.derivation ? `${name} (computed: ${row.derivation})` : name;
}

export interface SelectionTotal extends SeriesPoint {
  reporter: string;
  flow: Flow;
  basis: "published" | "sum";
}

/**
 * Trade with the selected countries per reporter and year. With all five
 * selected, a published Central Asia total (CA5) is used where one exists;
 * otherwise the selected countries are added up, and only when every one of
 * them has a figure from that reporter — a year with a country missing has
 * no total rather than a too-small one.
 */
export function selectionTotals(rows: TradeRow[], sources: SourceIndex, selected: readonly string[], flow: Flow = "turnover"): SelectionTotal[] {
  const allFive = CENTRAL_ASIA.every((c) => selected.includes(c));
  const best = preferredRows(
    rows.filter((r) => r.flow === flow && r.periodKind === "full_year" && (r.commodity ?? ALL_GOODS) === ALL_GOODS),
    sources,
  );
  const totals = new Map<string, SelectionTotal>();
  const groups = new Map<string, TradeRow[]>();
  for (const row of best) {
    const key = `${row.reporter}|${row.year}`;
    if (row.partner === REGION_CODE) {
      if (!allFive) continue;
      totals.set(key, {
        year: row.year,
        series: row.reporter,
        reporter: row.reporter,
        flow,
        valueUsd: row.valueUsd,
        basis: "published",
        sourceLabel: `${describeSource(row, sources)} — published total for all five`,
      });
    } else if (selected.includes(row.partner)) {
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
  }
  for (const [key, group] of groups) {
    if (totals.has(key) || group.length !== selected.length) continue;
    const first = group[0]!;
    const names = [...new Set(group.map((r) => describeSource(r, sources)))].join("; ");
    totals.set(key, {
      year: first.year,
      series: first.reporter,
      reporter: first.reporter,
      flow,
      valueUsd: Math.round(group.reduce((sum, r) => sum + r.valueUsd, 0) * 100) / 100,
      basis: "sum",
      sourceLabel: group.length > 1 ? `sum of ${group.length} countries: ${names}` : names,
    });
  }
  return [...totals.values()].sort((a, b) => a.year - b.year || compareCodes(a.reporter, b.reporter));
}
