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
import type { Locale } from "../core/i18n/routing";
import { ALL_GOODS, CENTRAL_ASIA, REGION_CODE, type Flow } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import { ARTICLE, ARTICLE_KAZAKHSTAN_2024, ARTICLE_REGION_TOTAL_2024 } from "../claims/article";
import { CLAIM_TRADE_FILTERS } from "../claims/evidence-filters";
import { findClaims } from "../claims/queries";
import type { ClaimRow } from "../claims/schemas";
import { claimSeries } from "../claims/trade-series";
import { reporterSeries } from "../claims/verdicts";
import { loadProjects } from "../projects/queries";
import { ALL_PROJECTS, STATUSES } from "../projects/schemas";
import { countryPoints } from "../trade/chart-series";
import { findMirror } from "../trade/mirror";
import { findTrade } from "../trade/queries";
import { indexSources, preferredRows, selectionTotals } from "../trade/series";
import type { TradeRow } from "../trade/schemas";
import { toTradeFilters } from "../trade/url-state";
import { chartTitle, dashboardFiltersOf, fullViewPath, type ChartRef } from "./chart-ref";
import type { ChartMarker, ChartModel, LabelRow } from "./chart-model";
import { dataProviders, providersText } from "./citation";
import { verdictSourceUses, type SourceUse } from "./source-uses";
import { byKey, countryName, countryWith, reporterShort, shareMessages, shareT } from "./i18n";
import { shownFlow, type MirrorChartFilters, type TradeChartFilters } from "./schemas";

/** A chart and the sources of exactly the figures it draws. */
export interface ChartView {
  ref: ChartRef;
  model: ChartModel;
  sources: SourceRef[];
  uses: SourceUse[];
  /** the language of the model's words */
  locale: Locale;
}

function yearsText(from: number | null, to: number | null, rows: { year: number }[], locale: Locale): string {
  const t = shareT(locale);
  const years = rows.map((r) => r.year);
  const first = from ?? (years.length ? Math.min(...years) : null);
  const last = to ?? (years.length ? Math.max(...years) : null);
  if (first === null && last === null) return t("chart.yearsAll");
  if (last === null) return t("chart.yearsFrom", { first: String(first) });
  if (first === null) return t("chart.yearsTo", { last: String(last) });
  return first === last ? String(first) : t("chart.yearsRange", { first: String(first), last: String(last) });
}

/** The source line under a chart: the original providers, the pages they were taken from shortened. */
function sourceLineOf(sources: SourceRef[], uses: SourceUse[], locale: Locale): string {
  const t = shareT(locale);
  const providers = dataProviders(sources, uses, locale);
  return providers.length ? t("chart.source", { providers: providersText(providers, 2, locale) }) : t("chart.sourceNone");
}

function finish(
  ref: ChartRef,
  model: Omit<ChartModel, "sourceLine" | "fullViewPath">,
  sources: SourceRef[],
  uses: SourceUse[],
  locale: Locale,
): ChartView {
  const cited = new Set(uses.map((u) => u.sourceId));
  const used = sources.filter((s) => cited.has(s.id));
  return {
    ref,
    model: { ...model, sourceLine: sourceLineOf(used, uses, locale), fullViewPath: fullViewPath(ref, locale) },
    sources: used,
    uses,
    locale,
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
export async function findTradeChart(db: Db, filters: TradeChartFilters, locale: Locale = "en"): Promise<ChartView> {
  const t = shareT(locale);
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
  const rule = t(single ? "chart.ruleSingle" : all ? "chart.ruleAll" : "chart.ruleSelected");
  const markers: ChartMarker[] = [];
  const inRange = (year: number) => (filters.from === null || filters.from <= year) && (filters.to === null || filters.to >= year);
  if (all && flow === "turnover" && inRange(ARTICLE_REGION_TOTAL_2024.year)) {
    markers.push({
      x: ARTICLE_REGION_TOTAL_2024.year,
      y: ARTICLE_REGION_TOTAL_2024.valueUsd,
      label: t("chart.markerArticle", {
        value: formatUsdBn(ARTICLE_REGION_TOTAL_2024.valueUsd, 0, locale),
        year: String(ARTICLE_REGION_TOTAL_2024.year),
      }),
    });
  }
  if (single === ARTICLE_KAZAKHSTAN_2024.partner && flow === "turnover") {
    markers.push({ y: ARTICLE_KAZAKHSTAN_2024.valueUsd, label: t("chart.markerKazakhstan", { year: "2024" }) });
  }
  return finish(
    ref,
    {
      kind: "trade",
      type: "line",
      title: chartTitle(ref, undefined, locale),
      subtitle: t("chart.tradeSubtitle", { years: yearsText(filters.from, filters.to, rows, locale), rule }),
      notes: [],
      index: "year",
      rows,
      series: reporters.map((r) => ({ key: r, label: reporterShort(r, locale), tone: { palette: "reporter", code: r }, dashed: r === "COW" })),
      stacked: false,
      unit: "usd",
      markers,
      empty: totals.length ? null : t("chart.tradeEmpty"),
    },
    trade.sources,
    uniqueUses(uses),
    locale,
  );
}

// ---------------------------------------------------------------- the reporter gap

/** The mirror page's chart: China's figure minus the partner's own, per country and year. */
export async function findMirrorChart(db: Db, filters: MirrorChartFilters, locale: Locale = "en"): Promise<ChartView> {
  const t = shareT(locale);
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
    sourceLabel: t("chart.mirrorHint", {
      china: formatUsdBn(r.chinaValueUsd, 2, locale),
      chinaPublisher: sources.get(r.chinaSourceId ?? "")?.publisher ?? "?",
      partner: formatUsdBn(r.partnerValueUsd, 2, locale),
      partnerPublisher: sources.get(r.partnerSourceId ?? "")?.publisher ?? "?",
      pct: formatPct(r.gapPct, true, locale),
    }),
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
      title: chartTitle(ref, undefined, locale),
      subtitle: t("chart.mirrorSubtitle", { years: yearsText(filters.from, filters.to, rows, locale) }),
      notes: [],
      index: "year",
      rows,
      series: partners.map((p) => ({ key: p, label: countryName(p, locale), tone: { palette: "country", code: p } })),
      stacked: false,
      unit: "usd",
      markers: [],
      empty: points.length ? null : t("chart.mirrorEmpty"),
    },
    mirror.sources,
    uniqueUses(uses),
    locale,
  );
}

// ---------------------------------------------------------------- a claim's evidence

const EARLIEST_SHOWN = 2010;

/** A verdict's side in the locale's words: the reporter's short name, the record source, or (English) the name the verdict carries. */
export function verdictReporterName(v: { reporter: string; reporterName: string }, locale: Locale = "en"): string {
  if (locale === "en") return v.reporterName;
  const named = shareMessages(locale).chart.verdictReporter as Record<string, string>;
  return Object.prototype.hasOwnProperty.call(named, v.reporter) ? named[v.reporter]! : reporterShort(v.reporter, locale);
}

/** A verdict in the locale's words: "supported" / "подтверждается". */
export function verdictName(verdict: string, locale: Locale = "en"): string {
  return byKey(shareMessages(locale).chart.verdict, verdict);
}

/** "China's customs: supported · Kazakh side: other side's figure", judged sides first. */
export function verdictSummary(claim: ClaimRow, locale: Locale = "en"): string[] {
  const t = shareT(locale);
  const ordered = [...claim.verdicts].sort((a, b) => (a.role === b.role ? 0 : a.role === "judged" ? -1 : 1));
  return ordered.map((v) => t("chart.verdictLine", { reporter: verdictReporterName(v, locale), verdict: verdictName(v.verdict, locale) }));
}

/** Where a quote stands in the (English) article; in Russian its paragraph numbers read as such, the section titles stay the article's. */
function locationText(location: string, locale: Locale): string {
  if (locale !== "ru") return location;
  return location.replace(/\bparagraph (\d+)/g, "абзац $1").replace(/; repeated in /g, "; повторено в разделе ");
}

function claimUses(claim: ClaimRow): SourceUse[] {
  return uniqueUses(verdictSourceUses(claim.verdicts));
}

/** One claim's evidence chart, as /claims draws it beside the claim, with its verdicts. */
export async function findClaimChart(db: Db, claimId: string, locale: Locale = "en"): Promise<ChartView> {
  const t = shareT(locale);
  const claims = await findClaims(db, { theme: null });
  const claim = claims.data.find((c) => c.id === claimId);
  if (!claim) {
    throw invalidParameter("claim", `claim: no claim "${claimId}"; the claims are ${claims.data.map((c) => c.id).join(", ")}`);
  }
  const ref: ChartRef = { kind: "claim", claimId };
  const base = {
    kind: "claim" as const,
    title: chartTitle(ref, claim.quote, locale),
    notes: verdictSummary(claim, locale),
    markers: [] as ChartMarker[],
    stacked: false,
  };
  const uses = claimUses(claim);
  const a = claim.assertion;
  const about = t("chart.about", { publisher: ARTICLE.publisher, title: ARTICLE.title, location: locationText(claim.location, locale) });

  if (a.metric === "projects") {
    const projects = await loadProjects(db, ALL_PROJECTS);
    const ids = new Set(claim.verdicts.flatMap((v) => v.projectIds));
    const records = projects.filter((p) => ids.has(p.id));
    const rows: LabelRow[] = CENTRAL_ASIA.map((c) => {
      const row: LabelRow = { country: countryName(c, locale) };
      for (const s of STATUSES) row[s] = records.filter((p) => p.countries.includes(c) && p.status === s).length;
      return row;
    }).filter((row) => STATUSES.some((s) => (row[s] as number) > 0));
    const used = STATUSES.filter((s) => records.some((p) => p.status === s));
    return finish(
      ref,
      {
        ...base,
        type: "bar",
        subtitle: t("chart.projectsSubtitle", { about }),
        index: "country",
        rows,
        series: used.map((s) => ({ key: s, label: t(`chart.status.${s}`), tone: { palette: "status", code: s } })),
        stacked: true,
        unit: "records",
        empty: records.length ? null : t("chart.projectsEmpty"),
      },
      claims.sources,
      uses,
      locale,
    );
  }
  if (a.metric !== "turnover") {
    return finish(
      ref,
      {
        ...base,
        type: "line",
        subtitle: t(a.metric === "gdp" ? "chart.gdpSubtitle" : "chart.eventSubtitle", { about }),
        index: "year",
        rows: [],
        series: [],
        unit: "usd",
        empty: t("chart.noChart"),
      },
      claims.sources,
      uses,
      locale,
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
        subtitle: t("chart.largestSubtitle", { about }),
        index: "year",
        rows: toYearRows(points, [...CENTRAL_ASIA]),
        series: CENTRAL_ASIA.map((c) => ({ key: c, label: countryName(c, locale), tone: { palette: "country", code: c } })),
        unit: "usd",
        empty: points.length ? null : t("chart.largestEmpty"),
      },
      [...claims.sources, ...trade.sources.filter((s) => !claims.sources.some((c) => c.id === s.id))],
      uniqueUses([...uses, ...drawn.map((r) => ({ sourceId: r.sourceId, reporter: r.reporter }))]),
      locale,
    );
  }
  const series = reporterSeries(a, tradeRows, trade.sources);
  const points: SeriesPoint[] = [...series].flatMap(([reporter, list]) =>
    list
      .filter((v) => v.year >= Math.min(EARLIEST_SHOWN, a.years.from))
      .map((v) => ({ year: v.year, series: reporter, valueUsd: v.valueUsd, sourceLabel: reporterShort(reporter, locale) })),
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
      subtitle: t("chart.turnoverSubtitle", { partners: a.partners.map((p) => countryWith(p, locale)).join(", "), about }),
      index: "year",
      rows,
      series: reporters.map((r) => ({ key: r, label: reporterShort(r, locale), tone: { palette: "reporter", code: r }, dashed: r === "COW" })),
      unit: "usd",
      // a line across the chart, not a dot at (year, value): a dot would hide the data point it is compared with
      markers:
        a.threshold !== undefined
          ? [{ y: a.threshold, label: t("chart.markerArticle", { value: formatUsdBn(a.threshold, 0, locale), year: String(a.years.to) }) }]
          : [],
      empty: points.length ? null : t("chart.claimEmpty"),
    },
    [...claims.sources, ...trade.sources.filter((s) => !claims.sources.some((c) => c.id === s.id))],
    uniqueUses([...uses, ...drawnUses]),
    locale,
  );
}

/** The view a chart ref names, its words in `locale` (English by default). */
export function findChart(db: Db, ref: ChartRef, locale: Locale = "en"): Promise<ChartView> {
  if (ref.kind === "trade") return findTradeChart(db, ref.filters, locale);
  if (ref.kind === "mirror") return findMirrorChart(db, ref.filters, locale);
  return findClaimChart(db, ref.claimId, locale);
}
