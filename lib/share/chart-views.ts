// The shareable charts, made from the same data functions and series rules
// the pages draw with: the trade trend of / and /countries/[iso3]
// (selectionTotals: one line per reporter, never mixed), the reporter gap of
// /mirror (findMirror), and a claim's evidence on /claims (reporterSeries,
// countryPoints, the project records). Each view carries the sources of the
// figures it draws, so its source line and citation name exactly those.
import "server-only";
import type { Db } from "../core/db/client";
import { invalidParameter } from "../core/http/errors";
import { toYearRows, type SeriesPoint, type YearRow } from "../core/chart-rows";
import { formatPct, formatUsdBn } from "../core/format";
import { ALL_GOODS, CENTRAL_ASIA, COUNTRY_NAMES, REGION_CODE, reporterLabel, type Flow } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import { ARTICLE, ARTICLE_KAZAKHSTAN_2024, ARTICLE_REGION_TOTAL_2024 } from "../claims/article";
import { CLAIM_TRADE_FILTERS } from "../claims/evidence-filters";
import { findClaims } from "../claims/queries";
import type { ClaimRow } from "../claims/schemas";
import { claimSeries } from "../claims/trade-series";
import { reporterSeries } from "../claims/verdicts";
import { loadProjects } from "../projects/queries";
import { ALL_PROJECTS, STATUS_LABELS, STATUSES } from "../projects/schemas";
import { countryPoints } from "../trade/chart-series";
import { findMirror } from "../trade/mirror";
import { findTrade } from "../trade/queries";
import { indexSources, preferredRows, selectionTotals } from "../trade/series";
import type { TradeRow } from "../trade/schemas";
import { toTradeFilters } from "../trade/url-state";
import { chartTitle, dashboardFiltersOf, fullViewPath, type ChartRef } from "./chart-ref";
import type { ChartMarker, ChartModel, LabelRow } from "./chart-model";
import { dataProviders, providersText, verdictSourceUses, type SourceUse } from "./citation";
import { shownFlow, type MirrorChartFilters, type TradeChartFilters } from "./schemas";

/** A chart and the sources of exactly the figures it draws. */
export interface ChartView {
  ref: ChartRef;
  model: ChartModel;
  sources: SourceRef[];
  uses: SourceUse[];
}

function yearsText(from: number | null, to: number | null, rows: { year: number }[]): string {
  const years = rows.map((r) => r.year);
  const first = from ?? (years.length ? Math.min(...years) : null);
  const last = to ?? (years.length ? Math.max(...years) : null);
  if (first === null && last === null) return "all years";
  if (last === null) return `${first} onwards`;
  if (first === null) return `to ${last}`;
  return first === last ? String(first) : `${first}–${last}`;
}

/** The source line under a chart: the original providers, the pages they were taken from shortened. */
function sourceLineOf(sources: SourceRef[], uses: SourceUse[]): string {
  const providers = dataProviders(sources, uses);
  return providers.length ? `Source: ${providersText(providers, 2)}.` : "Source: no figures drawn.";
}

function finish(ref: ChartRef, model: Omit<ChartModel, "sourceLine" | "fullViewPath">, sources: SourceRef[], uses: SourceUse[]): ChartView {
  const cited = new Set(uses.map((u) => u.sourceId));
  const used = sources.filter((s) => cited.has(s.id));
  return {
    ref,
    model: { ...model, sourceLine: sourceLineOf(used, uses), fullViewPath: fullViewPath(ref) },
    sources: used,
    uses,
  };
}

const byUse = (a: SourceUse, b: SourceUse) => `${a.reporter}|${a.sourceId}`.localeCompare(`${b.reporter}|${b.sourceId}`);
const uniqueUses = (uses: SourceUse[]) => [...new Map(uses.map((u) => [`${u.reporter ?? ""}|${u.sourceId}`, u])).values()].sort(byUse);

// ---------------------------------------------------------------- the trade trend

/**
 * The overview's trend chart (and, for one country's turnover, the country
 * page's): per reporter the selection's total, published for all five where
 * one exists, else the sum of the selected countries when each has a figure.
 */
export async function findTradeChart(db: Db, filters: TradeChartFilters): Promise<ChartView> {
  const ref: ChartRef = { kind: "trade", filters };
  const dashboard = dashboardFiltersOf(ref);
  const trade = await findTrade(db, toTradeFilters(dashboard, { withRegionTotals: true }));
  const sources = indexSources(trade.sources);
  const flow = shownFlow(filters.flow);
  const selected = filters.partner;
  const totals = selectionTotals(trade.data, sources, selected, flow);
  const reporters = [...new Set(totals.map((t) => t.reporter))].sort();
  const rows = toYearRows(totals, reporters, { from: filters.from, to: filters.to });

  // the figures each total was made of, by the same rule as selectionTotals: the published total, or the countries summed
  const best = preferredRows(
    trade.data.filter((r) => r.flow === flow && r.periodKind === "full_year" && (r.commodity ?? ALL_GOODS) === ALL_GOODS),
    sources,
  );
  const uses: SourceUse[] = [];
  for (const total of totals) {
    const parts = best.filter(
      (r) =>
        r.reporter === total.reporter &&
        r.year === total.year &&
        (total.basis === "published" ? r.partner === REGION_CODE : (selected as readonly string[]).includes(r.partner)),
    );
    for (const r of parts) uses.push({ sourceId: r.sourceId, reporter: r.reporter });
  }

  const all = CENTRAL_ASIA.every((c) => selected.includes(c));
  const single = selected.length === 1 ? selected[0]! : null;
  const rule = single
    ? "each line is one reporter's own figures, never mixed"
    : all
      ? "each line is one reporter's own figures, never mixed: a published total for all five where there is one, else the five added up"
      : "each line is one reporter's own figures, never mixed: the selected countries added up, in years when each has a figure";
  const markers: ChartMarker[] = [];
  const inRange = (year: number) => (filters.from === null || filters.from <= year) && (filters.to === null || filters.to >= year);
  if (all && flow === "turnover" && inRange(ARTICLE_REGION_TOTAL_2024.year)) {
    markers.push({ x: ARTICLE_REGION_TOTAL_2024.year, y: ARTICLE_REGION_TOTAL_2024.valueUsd, label: "Article: $95bn (2024)" });
  }
  if (single === ARTICLE_KAZAKHSTAN_2024.partner && flow === "turnover") {
    markers.push({ y: ARTICLE_KAZAKHSTAN_2024.valueUsd, label: "Article: “exceeded $30 billion” (2024)" });
  }
  return finish(
    ref,
    {
      kind: "trade",
      type: "line",
      title: chartTitle(ref),
      subtitle: `US$ billions, ${yearsText(filters.from, filters.to, rows)}; ${rule}. A gap is a year with no figure.`,
      notes: [],
      index: "year",
      rows,
      series: reporters.map((r) => ({ key: r, label: reporterLabel(r), tone: { palette: "reporter", code: r }, dashed: r === "COW" })),
      stacked: false,
      unit: "usd",
      markers,
      empty: totals.length ? null : "No reporter has a figure for every selected country in these years.",
    },
    trade.sources,
    uniqueUses(uses),
  );
}

// ---------------------------------------------------------------- the reporter gap

/** The mirror page's chart: China's figure minus the partner's own, per country and year. */
export async function findMirrorChart(db: Db, filters: MirrorChartFilters): Promise<ChartView> {
  const ref: ChartRef = { kind: "mirror", filters };
  const { reporter: _ignored, ...query } = toTradeFilters(dashboardFiltersOf(ref));
  const mirror = await findMirror(db, query);
  const sources = indexSources(mirror.sources);
  // the page draws the first flow asked for (turnover by default)
  const flow: Flow = filters.flow[0] ?? "turnover";
  const paired = mirror.data.filter((r) => r.gapUsd !== null && r.flow === flow);
  const points: SeriesPoint[] = paired.map((r) => ({
    year: r.year,
    series: r.partner,
    valueUsd: r.gapUsd!,
    sourceLabel: `China ${formatUsdBn(r.chinaValueUsd)} (${sources.get(r.chinaSourceId ?? "")?.publisher ?? "?"}) − partner ${formatUsdBn(r.partnerValueUsd)} (${sources.get(r.partnerSourceId ?? "")?.publisher ?? "?"}); ${formatPct(r.gapPct)}`,
  }));
  const partners = [...new Set(paired.map((r) => r.partner))];
  const rows = toYearRows(points, partners);
  const uses: SourceUse[] = paired.flatMap((r) => [
    ...(r.chinaSourceId ? [{ sourceId: r.chinaSourceId, reporter: "CHN" }] : []),
    ...(r.partnerSourceId ? [{ sourceId: r.partnerSourceId, reporter: r.partner }] : []),
  ]);
  return finish(
    ref,
    {
      kind: "mirror",
      type: "bar",
      title: chartTitle(ref),
      subtitle: `US$ billions, ${yearsText(filters.from, filters.to, rows)}; China's customs minus each partner's own statistics, in years both report. Above zero, China reports more.`,
      notes: [],
      index: "year",
      rows,
      series: partners.map((p) => ({ key: p, label: COUNTRY_NAMES[p] ?? p, tone: { palette: "country", code: p } })),
      stacked: false,
      unit: "usd",
      markers: [],
      empty: points.length ? null : "No year in this selection has both China's and the partner's own figure for this flow.",
    },
    mirror.sources,
    uniqueUses(uses),
  );
}

// ---------------------------------------------------------------- a claim's evidence

const EARLIEST_SHOWN = 2010;

/** "China's customs: supported · Kazakh side: other side's figure", judged sides first. */
export function verdictSummary(claim: ClaimRow): string[] {
  const ordered = [...claim.verdicts].sort((a, b) => (a.role === b.role ? 0 : a.role === "judged" ? -1 : 1));
  return ordered.map((v) => `${v.reporterName}: ${v.verdict}`);
}

function claimUses(claim: ClaimRow): SourceUse[] {
  return uniqueUses(verdictSourceUses(claim.verdicts));
}

/** One claim's evidence chart, as /claims draws it beside the claim, with its verdicts. */
export async function findClaimChart(db: Db, claimId: string): Promise<ChartView> {
  const claims = await findClaims(db, { theme: null });
  const claim = claims.data.find((c) => c.id === claimId);
  if (!claim) {
    throw invalidParameter("claim", `claim: no claim "${claimId}"; the claims are ${claims.data.map((c) => c.id).join(", ")}`);
  }
  const ref: ChartRef = { kind: "claim", claimId };
  const base = {
    kind: "claim" as const,
    title: chartTitle(ref, claim.quote),
    notes: verdictSummary(claim),
    markers: [] as ChartMarker[],
    stacked: false,
  };
  const uses = claimUses(claim);
  const a = claim.assertion;
  const about = `${ARTICLE.publisher}, “${ARTICLE.title}”, ${claim.location}.`;

  if (a.metric === "projects") {
    const projects = await loadProjects(db, ALL_PROJECTS);
    const ids = new Set(claim.verdicts.flatMap((v) => v.projectIds));
    const records = projects.filter((p) => ids.has(p.id));
    const rows: LabelRow[] = CENTRAL_ASIA.map((c) => {
      const row: LabelRow = { country: COUNTRY_NAMES[c] ?? c };
      for (const s of STATUSES) row[s] = records.filter((p) => p.countries.includes(c) && p.status === s).length;
      return row;
    }).filter((row) => STATUSES.some((s) => (row[s] as number) > 0));
    const used = STATUSES.filter((s) => records.some((p) => p.status === s));
    return finish(
      ref,
      {
        ...base,
        type: "bar",
        subtitle: `Project records evidencing the claim, by country and status. ${about}`,
        index: "country",
        rows,
        series: used.map((s) => ({ key: s, label: STATUS_LABELS[s], tone: { palette: "status", code: s } })),
        stacked: true,
        unit: "records",
        empty: records.length ? null : "No project record evidences this claim here.",
      },
      claims.sources,
      uses,
    );
  }
  if (a.metric !== "turnover") {
    return finish(
      ref,
      {
        ...base,
        type: "line",
        subtitle: `${a.metric === "gdp" ? "A GDP claim" : "An event"}: its verdicts rest on the reference figures named below, not on a trade series. ${about}`,
        index: "year",
        rows: [],
        series: [],
        unit: "usd",
        empty: "No chart for this claim: see its verdicts above.",
      },
      claims.sources,
      uses,
    );
  }
  const trade = await findTrade(db, CLAIM_TRADE_FILTERS);
  const tradeRows = trade.data as TradeRow[];
  if (a.comparators.includes("largest_partner")) {
    const among = a.among ?? [...CENTRAL_ASIA];
    const points = countryPoints(tradeRows, indexSources(trade.sources), "CHN", "turnover", among).filter((p) => p.year >= a.years.to - 4);
    const drawn = preferredRows(
      tradeRows.filter(
        (r) => r.reporter === "CHN" && r.flow === "turnover" && r.periodKind === "full_year" && (among as readonly string[]).includes(r.partner),
      ),
      indexSources(trade.sources),
    ).filter((r) => r.year >= a.years.to - 4);
    return finish(
      ref,
      {
        ...base,
        type: "bar",
        subtitle: `Trade with China by country, China's customs, US$ billions. ${about}`,
        index: "year",
        rows: toYearRows(points, [...CENTRAL_ASIA]),
        series: CENTRAL_ASIA.map((c) => ({ key: c, label: COUNTRY_NAMES[c] ?? c, tone: { palette: "country", code: c } })),
        unit: "usd",
        empty: points.length ? null : "No China's customs figures by country for these years.",
      },
      [...claims.sources, ...trade.sources.filter((s) => !claims.sources.some((c) => c.id === s.id))],
      uniqueUses([...uses, ...drawn.map((r) => ({ sourceId: r.sourceId, reporter: r.reporter }))]),
    );
  }
  const series = reporterSeries(a, tradeRows, trade.sources);
  const points: SeriesPoint[] = [...series].flatMap(([reporter, list]) =>
    list
      .filter((v) => v.year >= Math.min(EARLIEST_SHOWN, a.years.from))
      .map((v) => ({ year: v.year, series: reporter, valueUsd: v.valueUsd, sourceLabel: reporterLabel(reporter) })),
  );
  const reporters = [...new Set(points.map((p) => p.series))];
  const rows: YearRow[] = toYearRows(points, reporters);
  // the figures behind every point drawn (a sum of countries has one per country), beside the verdicts' own
  const drawn = claimSeries(tradeRows, trade.sources, { partners: a.partners, flow: "turnover", part: "", currency: "USD" });
  const shownFrom = Math.min(EARLIEST_SHOWN, a.years.from);
  const drawnUses = [...drawn.values()].flatMap((list) =>
    list.filter((p) => p.year >= shownFrom).flatMap((p) => p.figures.map((f) => ({ sourceId: f.sourceId, reporter: f.reporter }))),
  );
  return finish(
    ref,
    {
      ...base,
      type: "line",
      subtitle: `Turnover with ${a.partners.map((p) => COUNTRY_NAMES[p] ?? p).join(", ")}, one line per reporter, US$ billions. ${about}`,
      index: "year",
      rows,
      series: reporters.map((r) => ({ key: r, label: reporterLabel(r), tone: { palette: "reporter", code: r }, dashed: r === "COW" })),
      unit: "usd",
      // a line across the chart, not a dot at (year, value): a dot would hide the data point it is compared with
      markers: a.threshold !== undefined ? [{ y: a.threshold, label: `Article: ${formatUsdBn(a.threshold, 0)} (${a.years.to})` }] : [],
      empty: points.length ? null : "No figures for this claim in the data.",
    },
    [...claims.sources, ...trade.sources.filter((s) => !claims.sources.some((c) => c.id === s.id))],
    uniqueUses([...uses, ...drawnUses]),
  );
}

/** The view a chart ref names. */
export function findChart(db: Db, ref: ChartRef): Promise<ChartView> {
  if (ref.kind === "trade") return findTradeChart(db, ref.filters);
  if (ref.kind === "mirror") return findMirrorChart(db, ref.filters);
  return findClaimChart(db, ref.claimId);
}
