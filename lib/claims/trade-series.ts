// The series a trade claim is judged against: one reporter's figures for the
// claim's partners, flow and kind of period, never mixing reporters. Like
// lib/trade/series.ts's selectionTotals (a published total for all five, or
// the sum of the countries from that one reporter), but for any period: a
// claim about 2024H1 is judged only against H1 figures. Pure, browser-safe.
import { parsePeriod } from "../core/period";
import { ALL_GOODS, CENTRAL_ASIA, isSeriesReporter, REGION_CODE, type Flow } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import { indexSources, preferredRows } from "../trade/series";
import type { TradeRow } from "../trade/schemas";
import type { VerdictFigure } from "./verdict-core";

/**
 * The period a claim speaks of. `part` is what follows the year ("" for a
 * full year, "H1", "M1-11", "Q3", "M03"): figures are compared only with
 * figures of the same part. A span ("2020-2024") is full years.
 */
export type ClaimPeriod = { kind: "single"; period: string; year: number; part: string } | { kind: "span"; period: string; from: number; to: number };

export function parseClaimPeriod(label: string | null): ClaimPeriod | null {
  if (!label) return null;
  const span = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(label.trim());
  if (span) {
    const from = Number(span[1]);
    const to = Number(span[2]);
    if (from > to) return null;
    return from === to ? { kind: "single", period: String(to), year: to, part: "" } : { kind: "span", period: `${from}-${to}`, from, to };
  }
  const parsed = parsePeriod(label);
  return parsed ? { kind: "single", period: parsed.period, year: parsed.year, part: partOf(parsed.period, parsed.year) } : null;
}

const partOf = (period: string, year: number) => period.slice(String(year).length);

/** A trade row may say its currency (a yuan figure); the shipped rows are all US dollars. */
export const currencyOf = (row: TradeRow) => (row as TradeRow & { currency?: string }).currency ?? "USD";

export interface SeriesPoint {
  year: number;
  period: string;
  valueUsd: number;
  /** "published": one row (a country's figure, or a published total for all five); "sum": the countries added up */
  basis: "published" | "sum";
  /** the rows behind the value: one, or each country of a sum */
  figures: VerdictFigure[];
}

export interface SeriesQuery {
  /** ["CA5"] (or all five) = China with the five together */
  partners: readonly string[];
  flow: Flow;
  part: string;
  currency: "USD" | "CNY";
}

export const isRegion = (partners: readonly string[]) => partners.includes(REGION_CODE) || CENTRAL_ASIA.every((c) => partners.includes(c));

const figureOf = (r: TradeRow): VerdictFigure => ({
  measure: r.flow,
  reporter: r.reporter,
  partner: r.partner,
  period: r.period,
  valueUsd: r.valueUsd,
  sourceId: r.sourceId,
});

/**
 * Per reporter, its points in year order. Several countries are added up only
 * when every one has a figure from that reporter for that period: a period
 * with a country missing has no total rather than a too-small one. Figures
 * whose side is not stated (UNSTATED) belong to no series.
 */
export function claimSeries(trade: TradeRow[], sources: SourceRef[], q: SeriesQuery): Map<string, SeriesPoint[]> {
  const region = isRegion(q.partners);
  const countries: string[] = region ? [...CENTRAL_ASIA] : q.partners.filter((p) => p !== REGION_CODE);
  const candidates = trade.filter(
    (r) =>
      r.flow === q.flow &&
      (r.commodity ?? ALL_GOODS) === ALL_GOODS &&
      !r.synthetic &&
      isSeriesReporter(r.reporter) &&
      currencyOf(r) === q.currency &&
      partOf(r.period, r.year) === q.part &&
      (countries.includes(r.partner) || (region && r.partner === REGION_CODE)),
  );
  const groups = new Map<string, { published?: TradeRow; parts: TradeRow[] }>();
  for (const r of preferredRows(candidates, indexSources(sources))) {
    const key = `${r.reporter}|${r.period}`;
    const group = groups.get(key) ?? { parts: [] };
    if (r.partner === REGION_CODE) group.published = r;
    else group.parts.push(r);
    groups.set(key, group);
  }
  const out = new Map<string, SeriesPoint[]>();
  for (const { published, parts } of groups.values()) {
    const first = published ?? parts[0]!;
    let point: SeriesPoint | null = null;
    if (published) {
      point = { year: published.year, period: published.period, valueUsd: published.valueUsd, basis: "published", figures: [figureOf(published)] };
    } else if (parts.length === countries.length) {
      const sorted = [...parts].sort((a, b) => countries.indexOf(a.partner) - countries.indexOf(b.partner));
      const total = Math.round(sorted.reduce((sum, r) => sum + r.valueUsd, 0) * 100) / 100;
      point = {
        year: first.year,
        period: first.period,
        valueUsd: total,
        basis: sorted.length > 1 ? "sum" : "published",
        figures: sorted.map(figureOf),
      };
    }
    if (point) out.set(first.reporter, [...(out.get(first.reporter) ?? []), point]);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}
