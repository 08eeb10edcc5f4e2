"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState, type ReactNode } from "react";
import { COUNTRY_COLORS, reporterColor } from "@/components/charts/chart-colors";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { ShareChart } from "@/components/share/share-chart";
import { sourceUsesOf } from "@/lib/share/citation";
import { FilterBar } from "@/components/filters/filter-bar";
import { useDashboardFilters } from "@/components/filters/use-dashboard-filters";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { ChartSkeleton, EmptyState, ErrorState } from "@/components/states/states";
import { describeMissing } from "@/lib/trade/chart-missing";
import { countryPoints, headlineFigures } from "@/lib/trade/chart-series";
import { indexSources, selectionTotals } from "@/lib/trade/series";
import { reporterLabel } from "@/lib/core/reference/codes";
import { toYearRows } from "@/lib/core/chart-rows";
import { ARTICLE_REGION_TOTAL_2024 } from "@/lib/claims/article";
import { coverageQueryOptions, tradeQueryOptions, tradeUrl } from "@/lib/trade/query-options";
import { allFiveSelected, toTradeFilters } from "@/lib/trade/url-state";
import { formatPct, formatUsdBn } from "@/lib/core/format";
import { COUNTRY_NAMES, FLOW_LABELS } from "@/lib/core/reference/codes";

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

/** `claimsStrip`: the article's claims, drawn on the server (ClaimsStrip) and placed after the charts. */
export function OverviewDashboard({ claimsStrip }: { claimsStrip: ReactNode }) {
  const [filters] = useDashboardFilters();
  const tradeFilters = toTradeFilters(filters, { withRegionTotals: true });
  const trade = useQuery({ ...tradeQueryOptions(tradeFilters), placeholderData: (previous) => previous });
  const coverage = useQuery(coverageQueryOptions());
  const [stackReporter, setStackReporter] = useState<(typeof STACK_REPORTERS)[number]>("CHN");
  const flow = filters.flow.includes("turnover") ? "turnover" : filters.flow[0]!;
  const allFive = allFiveSelected(filters);
  const selectionName = allFive ? "Central Asia (all five)" : filters.country.map((c) => COUNTRY_NAMES[c]).join(", ");

  const view = useMemo(() => {
    if (!trade.data) return null;
    const sources = indexSources(trade.data.sources);
    const totals = selectionTotals(trade.data.data, sources, filters.country, flow);
    const reporters = [...new Set(totals.map((t) => t.reporter))].sort();
    const totalRows = toYearRows(totals, reporters, filters.time);
    const stackRows = trade.data.data.filter((r) => (stackReporter === "partner" ? r.reporter === r.partner : r.reporter === stackReporter));
    const countryPts = countryPoints(
      stackReporter === "partner" ? stackRows.map((r) => ({ ...r, reporter: "partner" })) : stackRows,
      sources,
      stackReporter,
      flow,
      filters.country,
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
  }, [trade.data, filters.country, filters.time, flow, stackReporter]);

  const missing = coverage.data
    ? describeMissing(coverage.data.data, {
        partners: filters.country,
        reporters: filters.reporter.length ? filters.reporter : ["CHN", "partner"],
        flows: [flow],
        from: filters.time.from,
        to: filters.time.to,
      })
    : [];

  const showArticleMarker =
    allFive &&
    flow === "turnover" &&
    (filters.time.to === null || filters.time.to >= 2024) &&
    (filters.time.from === null || filters.time.from <= 2024);

  return (
    <>
      <FilterBar csvHref={tradeUrl(tradeFilters, "csv")} />
      {trade.isError && !trade.data ? (
        <ErrorState error={trade.error} />
      ) : !view ? (
        <ChartSkeleton label="Loading figures…" />
      ) : (
        <>
          <section aria-label="Headline figures">
            <h2>
              Latest {FLOW_LABELS[flow].toLowerCase()} with {selectionName}, by reporter
            </h2>
            {view.headlines.length === 0 ? (
              <EmptyState>No reporter has a figure for every selected country in these years.</EmptyState>
            ) : (
              <div className="cards">
                {view.headlines.map((h) => (
                  <div
                    className="card"
                    key={h.reporter}
                    style={{ ["--card-color" as string]: reporterColor(h.reporter) }}
                    data-testid={`headline-${h.reporter}`}
                  >
                    <div className="label">
                      {reporterLabel(h.reporter)} · {h.year}
                    </div>
                    <div className="value">{formatUsdBn(h.valueUsd)}</div>
                    <div className="detail">
                      {h.changePct === null ? "no figure for the year before" : `${formatPct(h.changePct)} on ${h.year - 1}`}
                      {h.basis === "sum" ? " · sum of countries" : " · published total"}
                    </div>
                    <div className="detail" title={h.sourceLabel}>
                      Source: {h.sourceLabel.length > 70 ? `${h.sourceLabel.slice(0, 70)}…` : h.sourceLabel}
                    </div>
                  </div>
                ))}
              </div>
            )}
          </section>

          <section className="panel" aria-labelledby="trend-title">
            <h2 id="trend-title">
              China–Central Asia trade: {FLOW_LABELS[flow].toLowerCase()} by year, one line per reporter ({selectionName})
            </h2>
            <p className="muted small">
              Each line is one reporter&apos;s own figures, never mixed. Where all five countries are selected, a published Central Asia total is used
              when there is one; otherwise a year needs a figure for every selected country from that reporter. Gaps are years with no figure.
              {showArticleMarker && <> The marker is the article&apos;s claim: “{ARTICLE_REGION_TOTAL_2024.quote}”.</>}
            </p>
            {view.totals.length === 0 ? (
              <EmptyState>No totals for this selection. {missing.slice(0, 4).join(" ")}</EmptyState>
            ) : (
              <TrendLineChart
                title={`China–Central Asia trade by reporter, ${selectionName}`}
                data={view.totalRows}
                categories={view.reporters.map((r) => ({ key: r, label: reporterLabel(r), color: reporterColor(r), dashed: r === "COW" }))}
                markers={
                  showArticleMarker
                    ? [{ x: ARTICLE_REGION_TOTAL_2024.year, y: ARTICLE_REGION_TOTAL_2024.valueUsd, label: "Article: $95bn (2024)" }]
                    : []
                }
              />
            )}
            {trade.data && <ShareChart kind="trade" filters={filters} sources={trade.data.sources} uses={sourceUsesOf(trade.data.data)} />}
          </section>

          <section className="panel" aria-labelledby="stack-title">
            <h2 id="stack-title">By country: {FLOW_LABELS[flow].toLowerCase()}</h2>
            <div className="chips" role="radiogroup" aria-label="Reporter for the country chart" style={{ marginBottom: "0.5rem" }}>
              {STACK_REPORTERS.map((r) => (
                <label className="chip" key={r}>
                  <input type="radio" name="stack-reporter" checked={stackReporter === r} onChange={() => setStackReporter(r)} />
                  {r === "partner" ? "Each partner's own statistics" : reporterLabel(r)}
                </label>
              ))}
            </div>
            <p className="muted small">
              One reporter at a time: stacking China&apos;s figure for one country on a partner&apos;s figure for another would mix two measurements.
            </p>
            {view.hasCountryData ? (
              <>
                {view.incompleteYears.length > 0 && (
                  <p className="notice small" data-testid="incomplete-stack">
                    Not stacked: in {describeYears(view.incompleteYears)} some of the selected countries have no figure from{" "}
                    {stackReporter === "partner" ? "their own statistics" : reporterLabel(stackReporter)}, so a stack would look like a total it is
                    not. The bars stand side by side.
                  </p>
                )}
                <StackedBarChart
                  title={`Trade by country as reported by ${stackReporter === "partner" ? "each partner" : reporterLabel(stackReporter)}`}
                  data={view.countryRows}
                  stacked={view.incompleteYears.length === 0}
                  categories={filters.country.map((c) => ({ key: c, label: COUNTRY_NAMES[c] ?? c, color: COUNTRY_COLORS[c] }))}
                />
              </>
            ) : (
              <EmptyState>
                No {stackReporter === "partner" ? "partner-reported" : reporterLabel(stackReporter)} figures for the selected countries and years.
              </EmptyState>
            )}
          </section>

          {missing.length > 0 && (
            <section className="notice" aria-label="Missing figures">
              <strong>Missing for this view:</strong>
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
