"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { COUNTRY_COLORS, reporterColor } from "@/components/charts/chart-colors";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { ShareChart } from "@/components/share/share-chart";
import { sourceUsesOf } from "@/lib/share/source-uses";
import { FilterBarSheet } from "@/components/filters/filter-bar";
import { useDashboardFilters } from "@/components/filters/use-dashboard-filters";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { ChartSkeleton, EmptyState, ErrorState } from "@/components/states/states";
import { describeMissing } from "@/lib/trade/chart-missing";
import { countryPoints, headlineFigures } from "@/lib/trade/chart-series";
import { indexSources, selectionTotals } from "@/lib/trade/series";
import { toYearRows } from "@/lib/core/chart-rows";
import { ARTICLE_REGION_TOTAL_2024 } from "@/lib/claims/article";
import { coverageQueryOptions, tradeQueryOptions, tradeUrl } from "@/lib/trade/query-options";
import { allFiveSelected, toTradeFilters } from "@/lib/trade/url-state";
import { formatPct, formatUsdBn } from "@/lib/core/format";
import { SourceText, useTradeLabels } from "./trade-labels";

const STACK_REPORTERS = ["CHN", "COW", "partner"] as const;

/** "1994–2009, 2024": years as runs. */
function describeYears(years: number[]): string {
  const runs: [number, number][] = [];
  for (const y of years) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(", ");
}

/**
 * `claimsStrip`: the article's claims, drawn on the server (ClaimsStrip) and placed after the charts.
 * `lead`: the page's introduction, placed after the headline figures (the answer comes first).
 */
export function OverviewDashboard({ claimsStrip, lead }: { claimsStrip: ReactNode; lead?: ReactNode }) {
  const [filters] = useDashboardFilters();
  const t = useTranslations("overview");
  const labels = useTradeLabels();
  const { locale, describe, relabel } = labels;
  const reporterLabel = labels.reporter;
  const tradeFilters = toTradeFilters(filters, { withRegionTotals: true });
  const trade = useQuery({
    ...tradeQueryOptions(toTradeFilters(filters, { withRegionTotals: true, seriesOnly: true })),
    placeholderData: (previous) => previous,
  });
  const coverage = useQuery(coverageQueryOptions());
  const [stackReporter, setStackReporter] = useState<(typeof STACK_REPORTERS)[number]>("CHN");
  const flow = filters.flow.includes("turnover") ? "turnover" : filters.flow[0]!;
  const allFive = allFiveSelected(filters);
  const selectionName = allFive ? labels.country("CA5") : filters.country.map((c) => labels.country(c)).join(", ");
  const flowName = labels.flowInline(flow);

  const view = useMemo(() => {
    if (!trade.data) return null;
    const sources = indexSources(trade.data.sources);
    const totals = selectionTotals(trade.data.data, sources, filters.country, flow).map((p) => ({ ...p, sourceLabel: relabel(p.sourceLabel) }));
    const reporters = [...new Set(totals.map((t) => t.reporter))].sort();
    const totalRows = toYearRows(totals, reporters, filters.time);
    const stackRows = trade.data.data.filter((r) => (stackReporter === "partner" ? r.reporter === r.partner : r.reporter === stackReporter));
    const countryPts = countryPoints(
      stackReporter === "partner" ? stackRows.map((r) => ({ ...r, reporter: "partner" })) : stackRows,
      sources,
      stackReporter,
      flow,
      filters.country,
      describe,
    );
    // a year where some selected countries have no figure from this reporter: stacking it would look like the region's total
    const countriesPerYear = new Map<number, number>();
    for (const p of countryPts) countriesPerYear.set(p.year, (countriesPerYear.get(p.year) ?? 0) + 1);
    const incompleteYears = [...countriesPerYear]
      .filter(([, n]) => n < filters.country.length)
      .map(([year]) => year)
      .sort((a, b) => a - b);
    return {
      totals,
      reporters,
      totalRows,
      headlines: headlineFigures(totals),
      countryRows: toYearRows(countryPts, filters.country, filters.time),
      hasCountryData: countryPts.length > 0,
      incompleteYears,
    };
  }, [trade.data, filters.country, filters.time, flow, stackReporter, describe, relabel]);

  const missing = coverage.data
    ? describeMissing(
        coverage.data.data,
        {
          partners: filters.country,
          reporters: filters.reporter.length ? filters.reporter : ["CHN", "partner"],
          flows: [flow],
          from: filters.time.from,
          to: filters.time.to,
        },
        labels.missingWords,
      )
    : [];

  const showArticleMarker =
    allFive &&
    flow === "turnover" &&
    (filters.time.to === null || filters.time.to >= 2024) &&
    (filters.time.from === null || filters.time.from <= 2024);

  return (
    <>
      {view && (
        <section aria-label={t("headlines.label")}>
          <h2>{t("headlines.title", { flow: flowName, selection: selectionName })}</h2>
          {view.headlines.length === 0 ? (
            <EmptyState>{t("headlines.empty")}</EmptyState>
          ) : (
            <div className="cards">
              {view.headlines.map((h, i) => (
                <div
                  className="card"
                  key={h.reporter}
                  data-headline={i === 0 ? "" : undefined}
                  style={{ ["--card-color" as string]: reporterColor(h.reporter) }}
                  data-testid={`headline-${h.reporter}`}
                >
                  <div className="label">
                    {reporterLabel(h.reporter)} · {h.year}
                  </div>
                  <div className="value">{formatUsdBn(h.valueUsd, 2, locale)}</div>
                  <div className="detail">
                    {h.changePct === null
                      ? t("headlines.noPrevious")
                      : t("headlines.change", { pct: formatPct(h.changePct, true, locale), year: String(h.year - 1) })}
                    {h.basis === "sum" ? t("headlines.sum") : t("headlines.published")}
                  </div>
                  {locale === "en" ? (
                    <div className="detail" title={h.sourceLabel}>
                      {t.rich("headlines.source", {
                        src: () => (h.sourceLabel.length > 70 ? `${h.sourceLabel.slice(0, 70)}…` : h.sourceLabel),
                      })}
                    </div>
                  ) : (
                    // the publishers' names stay as they are, marked English; the frame is in the page's language
                    <div className="detail">{t.rich("headlines.source", { src: () => <SourceText label={h.sourceLabel} /> })}</div>
                  )}
                </div>
              ))}
            </div>
          )}
        </section>
      )}
      <FilterBarSheet csvHref={tradeUrl(tradeFilters, "csv")} />
      {lead}
      {trade.isError && !trade.data ? (
        <ErrorState error={trade.error} />
      ) : !view ? (
        <ChartSkeleton label={t("loadingFigures")} />
      ) : (
        <>
          <section className="panel" aria-labelledby="trend-title">
            <h2 id="trend-title">{t("trend.title", { flow: flowName, selection: selectionName })}</h2>
            <p className="muted small">
              {t("trend.note")}
              {showArticleMarker &&
                t.rich("trend.marker", { quote: ARTICLE_REGION_TOTAL_2024.quote, q: (chunks) => <span lang="en">{chunks}</span> })}
            </p>
            {view.totals.length === 0 ? (
              <EmptyState>{t("trend.empty", { missing: missing.slice(0, 4).join(" ") })}</EmptyState>
            ) : (
              <TrendLineChart
                title={t("trend.chartTitle", { selection: selectionName })}
                data={view.totalRows}
                categories={view.reporters.map((r) => ({ key: r, label: reporterLabel(r), color: reporterColor(r), dashed: r === "COW" }))}
                markers={
                  showArticleMarker
                    ? [
                        {
                          x: ARTICLE_REGION_TOTAL_2024.year,
                          y: ARTICLE_REGION_TOTAL_2024.valueUsd,
                          label: t("trend.articleMarker", {
                            value: formatUsdBn(ARTICLE_REGION_TOTAL_2024.valueUsd, 0, locale),
                            year: String(ARTICLE_REGION_TOTAL_2024.year),
                          }),
                        },
                      ]
                    : []
                }
              />
            )}
            {trade.data && <ShareChart kind="trade" filters={filters} sources={trade.data.sources} uses={sourceUsesOf(trade.data.data)} />}
          </section>

          <section className="panel" aria-labelledby="stack-title">
            <h2 id="stack-title">{t("stack.title", { flow: flowName })}</h2>
            <div className="chips stack-gap" role="radiogroup" aria-label={t("stack.reporterGroup")}>
              {STACK_REPORTERS.map((r) => (
                <label className="chip" key={r}>
                  <input type="radio" name="stack-reporter" checked={stackReporter === r} onChange={() => setStackReporter(r)} />
                  {r === "partner" ? t("stack.partnerOption") : reporterLabel(r)}
                </label>
              ))}
            </div>
            <p className="muted small">{t("stack.note")}</p>
            {view.hasCountryData ? (
              <>
                {view.incompleteYears.length > 0 && (
                  <p className="notice small" data-testid="incomplete-stack">
                    {t("stack.incomplete", {
                      years: describeYears(view.incompleteYears),
                      who: stackReporter === "partner" ? t("stack.incompletePartner") : reporterLabel(stackReporter),
                    })}
                  </p>
                )}
                <StackedBarChart
                  title={t("stack.chartTitle", { who: stackReporter === "partner" ? t("stack.chartTitlePartner") : reporterLabel(stackReporter) })}
                  data={view.countryRows}
                  stacked={view.incompleteYears.length === 0}
                  categories={filters.country.map((c) => ({ key: c, label: labels.country(c), color: COUNTRY_COLORS[c] }))}
                />
              </>
            ) : (
              <EmptyState>
                {t("stack.empty", { who: stackReporter === "partner" ? t("stack.emptyPartner") : reporterLabel(stackReporter) })}
              </EmptyState>
            )}
          </section>

          {missing.length > 0 && (
            <section className="notice" aria-label={t("missing.label")}>
              <strong>{t("missing.title")}</strong>
              <ul className="small">
                {missing.slice(0, 8).map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </section>
          )}

          {claimsStrip}
          <SourcesPanel sources={trade.data?.sources ?? []} />
        </>
      )}
    </>
  );
}
