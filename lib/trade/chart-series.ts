// Turns API rows into chart series without ever mixing reporters: a series is
// one reporter's figures, and a total is either published as such or the sum
// of the selected countries from that one reporter. Browser-safe.
import { CENTRAL_ASIA, REGION_CODE, REPORTER_SHORT_LABELS, type Flow, type ReporterCode } from "../core/reference/codes";
import type { SourceRef, TradeRow } from "./schemas";
import type { SeriesPoint } from "../core/chart-rows";

export type SourceIndex = Map<string, SourceRef>;

export function indexSources(sources: SourceRef[]): SourceIndex {
  return new Map(sources.map((s) => [s.id, s]));
}

export function reporterLabel(code: string): string {
  return REPORTER_SHORT_LABELS[code as ReporterCode] ?? code;
}

/**
 * One figure per partner, period, reporter and flow: where a reporter has
 * several (a dataset and press quotes), the most authoritative source wins.
 * The others stay visible in the data table.
 */
export function preferredRows(rows: TradeRow[], sources: SourceIndex): TradeRow[] {
  const priority = (row: TradeRow) => sources.get(row.sourceId)?.priority ?? 100;
  const best = new Map<string, TradeRow>();
  for (const row of rows) {
    const key = `${row.partner}|${row.period}|${row.reporter}|${row.flow}`;
    const current = best.get(key);
    if (!current || priority(row) < priority(current)) best.set(key, row);
  }
  return [...best.values()];
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
    rows.filter((r) => r.flow === flow && r.periodKind === "full_year"),
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
  return [...totals.values()].sort((a, b) => a.year - b.year || a.reporter.localeCompare(b.reporter));
}

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
