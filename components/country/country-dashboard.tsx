"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { FLOW_COLORS, reporterColor } from "@/components/charts/chart-colors";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { ShareChart } from "@/components/share/share-chart";
import { sourceUsesOf } from "@/lib/share/citation";
import { FilterBar } from "@/components/filters/filter-bar";
import { useDashboardFilters } from "@/components/filters/use-dashboard-filters";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { ChartSkeleton, EmptyState, ErrorState } from "@/components/states/states";
import { describeMissing } from "@/lib/trade/chart-missing";
import { reporterPoints } from "@/lib/trade/chart-series";
import { describeSource, indexSources, preferredRows } from "@/lib/trade/series";
import { reporterLabel } from "@/lib/core/reference/codes";
import { toYearRows } from "@/lib/core/chart-rows";
import { ARTICLE_KAZAKHSTAN_2024 } from "@/lib/claims/article";
import { coverageQueryOptions, tradeQueryOptions, tradeUrl } from "@/lib/trade/query-options";
import { toTradeFilters } from "@/lib/trade/url-state";
import { serializeTimeRange } from "@/lib/core/time-range";
import { formatPct, formatUsdBn } from "@/lib/core/format";
import { CENTRAL_ASIA, COUNTRY_NAMES, FLOW_LABELS, type PartnerIso3 } from "@/lib/core/reference/codes";
import type { TradeRow } from "@/lib/trade/schemas";

export function CountryDashboard({ iso3 }: { iso3: PartnerIso3 }) {
  const [filters] = useDashboardFilters();
  const router = useRouter();
  const tradeFilters = toTradeFilters({ ...filters, country: [iso3] }, { allFlows: true });
  const trade = useQuery({ ...tradeQueryOptions(tradeFilters), placeholderData: (previous) => previous });
  const coverage = useQuery(coverageQueryOptions());
  const name = COUNTRY_NAMES[iso3] ?? iso3;

  const view = useMemo(() => {
    if (!trade.data) return null;
    const sources = indexSources(trade.data.sources);
    const best = preferredRows(trade.data.data, sources);
    const turnoverPoints = reporterPoints(trade.data.data, sources, iso3, "turnover");
    const reporters = [...new Set(turnoverPoints.map((p) => p.series))].sort();
    const flowsFor = (reporter: string) => {
      const points = best
        .filter((r) => r.reporter === reporter && r.flow !== "turnover")
        .map((r) => ({ year: r.year, series: r.flow, valueUsd: r.valueUsd, sourceLabel: describeSource(r, sources) }));
      return toYearRows(points, ["china_exports", "china_imports"], filters.time);
    };
    const latest = (reporter: string | ((r: TradeRow) => boolean)) =>
      best
        .filter((r) => r.flow === "turnover" && (typeof reporter === "string" ? r.reporter === reporter : reporter(r)))
        .sort((a, b) => b.year - a.year)[0];
    const china = latest("CHN");
    // the other side is the partner's own statistics, never whichever reporter sorts first (EDB, COW or a figure of unstated side)
    const otherSide = latest(iso3);
    const inClaimYear = (reporter: string) =>
      best.find((r) => r.flow === "turnover" && r.reporter === reporter && r.year === ARTICLE_KAZAKHSTAN_2024.year && r.periodKind === "full_year");
    const bothYear = [...new Set(best.filter((r) => r.flow === "turnover" && r.reporter === "CHN").map((r) => r.year))]
      .filter((y) => best.some((r) => r.flow === "turnover" && r.reporter === iso3 && r.year === y))
      .sort((a, b) => b - a)[0];
    return {
      sources,
      turnoverRows: toYearRows(turnoverPoints, reporters, filters.time),
      reporters,
      chinaFlows: flowsFor("CHN"),
      ownFlows: flowsFor(iso3),
      china,
      otherSide,
      claimYear: { china: inClaimYear("CHN"), own: inClaimYear(iso3), edb: inClaimYear("EDB") },
      bothYear,
      pair:
        bothYear === undefined
          ? null
          : {
              china: best.find((r) => r.flow === "turnover" && r.reporter === "CHN" && r.year === bothYear)!,
              own: best.find((r) => r.flow === "turnover" && r.reporter === iso3 && r.year === bothYear)!,
            },
    };
  }, [trade.data, iso3, filters.time]);

  const missing = coverage.data
    ? describeMissing(coverage.data.data, {
        partners: [iso3],
        reporters: ["CHN", "partner"],
        flows: ["turnover"],
        from: filters.time.from,
        to: filters.time.to,
      })
    : [];
  const hasClaim = iso3 === ARTICLE_KAZAKHSTAN_2024.partner;

  return (
    <>
      <div className="filters" style={{ marginBottom: "0.5rem" }}>
        <div>
          <label className="field-label" htmlFor="country-select">
            Country
          </label>
          <select
            id="country-select"
            value={iso3}
            onChange={(event) => {
              const query = new URLSearchParams(window.location.search);
              router.push(`/countries/${event.target.value}${query.size ? `?${query}` : ""}`);
            }}
          >
            {CENTRAL_ASIA.map((c) => (
              <option key={c} value={c}>
                {COUNTRY_NAMES[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FilterBar show={{ country: false, flow: false }} csvHref={tradeUrl(tradeFilters, "csv")} />
      {trade.isError && !trade.data ? (
        <ErrorState error={trade.error} />
      ) : !view ? (
        <ChartSkeleton label="Loading figures…" />
      ) : (
        <>
          <section className="panel" aria-labelledby="gap-title" data-testid="side-by-side">
            <h2 id="gap-title">Same trade, two numbers</h2>
            {view.china || view.otherSide ? (
              <div className="vs">
                <div>
                  <div className="muted small">China&apos;s customs{view.china ? `, ${view.china.year}` : ""}</div>
                  <div className="big" style={{ color: reporterColor("CHN") }} data-testid="china-figure">
                    {formatUsdBn(view.china?.valueUsd ?? null)}
                  </div>
                  <div className="muted small">
                    {view.china ? describeSource(view.china, view.sources) : "no China-reported figure in these years"}
                  </div>
                </div>
                <div className="mid">vs</div>
                <div>
                  <div className="muted small">
                    {view.otherSide ? `${name}'s own statistics, ${view.otherSide.year}` : `${name}'s own statistics`}
                  </div>
                  <div className="big" style={{ color: reporterColor(view.otherSide?.reporter ?? iso3) }} data-testid="partner-figure">
                    {formatUsdBn(view.otherSide?.valueUsd ?? null)}
                  </div>
                  <div className="muted small">
                    {view.otherSide
                      ? describeSource(view.otherSide, view.sources)
                      : `${name}'s own statistics on its trade with China are not in the data for these years; the other reporters are in the chart below`}
                  </div>
                </div>
              </div>
            ) : (
              <EmptyState>No turnover figure for {name} in these years.</EmptyState>
            )}
            {view.pair && (
              <p data-testid="same-year-gap">
                In {view.bothYear}, the latest year both report, China&apos;s customs say <strong>{formatUsdBn(view.pair.china.valueUsd)}</strong> and{" "}
                {name}&apos;s own statistics <strong>{formatUsdBn(view.pair.own.valueUsd)}</strong>: China&apos;s figure is{" "}
                <strong>{formatPct(((view.pair.china.valueUsd - view.pair.own.valueUsd) / view.pair.own.valueUsd) * 100, false)}</strong>{" "}
                {view.pair.china.valueUsd >= view.pair.own.valueUsd ? "higher" : "lower"} than {name}&apos;s. See{" "}
                <a href={`/mirror?country=${iso3}`}>why the two sides differ</a>.
              </p>
            )}
            {hasClaim && (
              <p className="notice" data-testid="country-claim">
                The article: “trade turnover between Kazakhstan and China {ARTICLE_KAZAKHSTAN_2024.quote}” ({ARTICLE_KAZAKHSTAN_2024.year}). For{" "}
                {ARTICLE_KAZAKHSTAN_2024.year}: China&apos;s customs{" "}
                {view.claimYear.china ? formatUsdBn(view.claimYear.china.valueUsd) : "have no figure here"}; {name}&apos;s own statistics{" "}
                {view.claimYear.own ? formatUsdBn(view.claimYear.own.valueUsd) : "have no figure here"}; the Eurasian Development Bank{" "}
                {view.claimYear.edb ? formatUsdBn(view.claimYear.edb.valueUsd) : "has no figure here"}.{" "}
                <a href="/claims#kaz-2024-over-30bn">See the claim judged per reporter →</a>
              </p>
            )}
          </section>

          <section className="panel" aria-labelledby="turnover-title">
            <h2 id="turnover-title">China–{name} turnover by reporter</h2>
            {view.turnoverRows.length === 0 ? (
              <EmptyState>
                No turnover figures for {name} in these years. {missing.join(" ")}
              </EmptyState>
            ) : (
              <TrendLineChart
                title={`China–${name} turnover by reporter`}
                data={view.turnoverRows}
                categories={view.reporters.map((r) => ({ key: r, label: reporterLabel(r), color: reporterColor(r), dashed: r === "COW" }))}
                markers={hasClaim ? [{ y: ARTICLE_KAZAKHSTAN_2024.valueUsd, label: "Article: “exceeded $30 billion” (2024)" }] : []}
              />
            )}
            {trade.data && (
              <ShareChart
                kind="trade"
                filters={{ ...filters, country: [iso3], flow: ["turnover"] }}
                sources={trade.data.sources}
                uses={sourceUsesOf(trade.data.data)}
              />
            )}
          </section>

          <div className="grid">
            <section className="panel" aria-labelledby="china-flows-title">
              <h2 id="china-flows-title">Exports vs imports, as China reports</h2>
              {view.chinaFlows.length ? (
                <StackedBarChart
                  title={`China's exports to and imports from ${name}, China's customs`}
                  data={view.chinaFlows}
                  stacked={false}
                  categories={[
                    { key: "china_exports", label: FLOW_LABELS.china_exports, color: FLOW_COLORS.china_exports },
                    { key: "china_imports", label: FLOW_LABELS.china_imports, color: FLOW_COLORS.china_imports },
                  ]}
                />
              ) : (
                <EmptyState>No China-reported exports or imports for {name} in these years.</EmptyState>
              )}
            </section>
            <section className="panel" aria-labelledby="own-flows-title">
              <h2 id="own-flows-title">Exports vs imports, as {name} reports</h2>
              {view.ownFlows.length ? (
                <StackedBarChart
                  title={`${name}'s imports from and exports to China, ${name}'s statistics (shown from China's side)`}
                  data={view.ownFlows}
                  stacked={false}
                  categories={[
                    { key: "china_exports", label: `${name}'s imports from China`, color: FLOW_COLORS.china_exports },
                    { key: "china_imports", label: `${name}'s exports to China`, color: FLOW_COLORS.china_imports },
                  ]}
                />
              ) : (
                <EmptyState>
                  No {name}-reported flows in these years{missing.length ? `: ${missing.join(" ")}` : "."}
                </EmptyState>
              )}
            </section>
          </div>
          <p className="small">
            <a
              href={`/data?country=${iso3}${filters.time.from !== null || filters.time.to !== null ? `&time=${serializeTimeRange(filters.time)}` : ""}&flow=turnover~china_exports~china_imports`}
            >
              All {name} figures in the data table →
            </a>
          </p>
          <SourcesPanel sources={trade.data?.sources ?? []} />
        </>
      )}
    </>
  );
}
