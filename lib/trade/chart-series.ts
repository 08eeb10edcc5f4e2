// Turns API rows into chart points, one reporter's figures a series (see
// series.ts for the rule that picks them). Browser-safe.
import type { SeriesPoint } from "../core/chart-rows";
import type { Flow } from "../core/reference/codes";
import type { TradeRow } from "./schemas";
import { describeSource, preferredRows, type SelectionTotal, type SourceIndex } from "./series";

/** Points per reporter for one partner and flow (a country page's lines). */
export function reporterPoints(rows: TradeRow[], sources: SourceIndex, partner: string, flow: Flow): SeriesPoint[] {
  return preferredRows(
    rows.filter((r) => r.partner === partner && r.flow === flow && r.periodKind === "full_year"),
    sources,
  ).map((r) => ({ year: r.year, series: r.reporter, valueUsd: r.valueUsd, sourceLabel: describeSource(r, sources) }));
}

/** Points per partner country for one reporter and flow (the stacked chart). */
export function countryPoints(rows: TradeRow[], sources: SourceIndex, reporter: string, flow: Flow, selected: readonly string[]): SeriesPoint[] {
  return preferredRows(
    rows.filter((r) => r.reporter === reporter && r.flow === flow && r.periodKind === "full_year" && selected.includes(r.partner)),
    sources,
  ).map((r) => ({ year: r.year, series: r.partner, valueUsd: r.valueUsd, sourceLabel: describeSource(r, sources) }));
}

export interface HeadlineFigure {
  reporter: string;
  year: number;
  valueUsd: number;
  previousValueUsd: number | null;
  changePct: number | null;
  basis: "published" | "sum";
  sourceLabel: string;
}

/** The latest total per reporter, with the change on the year before when that year has a total too. */
export function headlineFigures(totals: SelectionTotal[]): HeadlineFigure[] {
  const byReporter = new Map<string, SelectionTotal[]>();
  for (const t of totals) byReporter.set(t.reporter, [...(byReporter.get(t.reporter) ?? []), t]);
  const out: HeadlineFigure[] = [];
  for (const [reporter, list] of byReporter) {
    const latest = list.reduce((a, b) => (b.year > a.year ? b : a));
    const previous = list.find((t) => t.year === latest.year - 1) ?? null;
    out.push({
      reporter,
      year: latest.year,
      valueUsd: latest.valueUsd,
      previousValueUsd: previous?.valueUsd ?? null,
      changePct: previous ? Math.round(((latest.valueUsd - previous.valueUsd) / previous.valueUsd) * 1000) / 10 : null,
      basis: latest.basis,
      sourceLabel: latest.sourceLabel,
    });
  }
  return out.sort((a, b) => b.year - a.year || a.reporter.localeCompare(b.reporter));
}
