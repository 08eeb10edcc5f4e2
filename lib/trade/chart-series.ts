// Turns API rows into chart points, one reporter's figures a series (see
// series.ts for the rule that picks them). Browser-safe.
import type { SeriesPoint } from "../core/chart-rows";
import { compareCodes, type Flow } from "../core/reference/codes";
import type { TradeRow } from "./schemas";
import { describeSource, preferredRows, type SelectionTotal, type SourceIndex } from "./series";

/** How a point's source is put in words (the tooltip's "Source: …"); describeSource (English) unless the page's language says otherwise. */
export type DescribeSource = (row: Pick<TradeRow, "sourceId" | "derivation">, sources: SourceIndex) => string;

/** Points per reporter for one partner and flow (a country page's lines). */
export function reporterPoints(
  rows: TradeRow[],
  sources: SourceIndex,
  partner: string,
  flow: Flow,
  describe: DescribeSource = describeSource,
): SeriesPoint[] {
  return preferredRows(
    rows.filter((r) => r.partner === partner && r.flow === flow && r.periodKind === "full_year"),
    sources,
  ).map((r) => ({ year: r.year, series: r.reporter, valueUsd: r.valueUsd, sourceLabel: describe(r, sources) }));
}

/** Points per partner country for one reporter and flow (the stacked chart). */
export function countryPoints(
  rows: TradeRow[],
  sources: SourceIndex,
  reporter: string,
  flow: Flow,
  selected: readonly string[],
  describe: DescribeSource = describeSource,
): SeriesPoint[] {
  return preferredRows(
    rows.filter((r) => r.reporter === reporter && r.flow === flow && r.periodKind === "full_year" && selected.includes(r.partner)),
    sources,
  ).map((r) => ({ year: r.year, series: r.partner, valueUsd: r.valueUsd, sourceLabel: describe(r, sources) }));
}

/** One source named in a label written by describeSource: its publisher, and how the figure was computed if it was. */
export interface SourceLabelPart {
  publisher: string;
  derivation: string | null;
}

/**
 * A selection total's source label (selectionTotals in series.ts) read back
 * into its parts, so a page in another language can word the frame ("sum of
 * 5 countries: …", "… — published total for all five") itself and show the
 * publishers' names as they are. A label of another shape is one part.
 */
export function parseSourceLabel(label: string): { basis: "sum" | "published" | null; count: number | null; parts: SourceLabelPart[] } {
  const sum = /^sum of (\d+) countries: (.*)$/s.exec(label);
  const published = /^(.*) — published total for all five$/s.exec(label);
  const names = sum ? sum[2]! : published ? published[1]! : label;
  const parts = splitOutsideParentheses(names, "; ").map((name) => {
    const computed = /^(.*) \(computed: (.*)\)$/s.exec(name);
    return computed ? { publisher: computed[1]!, derivation: computed[2]! } : { publisher: name, derivation: null };
  });
  return { basis: sum ? "sum" : published ? "published" : null, count: sum ? Number(sum[1]) : null, parts };
}

/** `text` split at `separator` where it is not inside parentheses (a derivation may hold "; "). */
function splitOutsideParentheses(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(separator, i)) {
      out.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** The derivations the seed writes (lib/trade/seed-files.ts), by a key a translation can name; others are shown as written. */
export const KNOWN_DERIVATIONS = {
  bothFromSource: "exports + imports, both from this source",
  mirrorFilled: "exports + imports; each flow is the importer's figure, with the exporter's (mirror) figure where the importer reported none",
} as const;

export function derivationKey(derivation: string): keyof typeof KNOWN_DERIVATIONS | null {
  const found = Object.entries(KNOWN_DERIVATIONS).find(([, text]) => text === derivation);
  return found ? (found[0] as keyof typeof KNOWN_DERIVATIONS) : null;
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
  return out.sort((a, b) => b.year - a.year || compareCodes(a.reporter, b.reporter));
}
