"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { SourceText, useTradeLabels } from "@/components/dashboard/trade-labels";
import { FLOW_COLORS, reporterColor } from "@/components/charts/chart-colors";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { ShareChart } from "@/components/share/share-chart";
import { sourceUsesOf } from "@/lib/share/source-uses";
import { FilterBarSheet } from "@/components/filters/filter-bar";
import { useDashboardFilters } from "@/components/filters/use-dashboard-filters";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { ChartSkeleton, EmptyState, ErrorState } from "@/components/states/states";
import { describeMissing } from "@/lib/trade/chart-missing";
import { reporterPoints } from "@/lib/trade/chart-series";
import { indexSources, preferredRows } from "@/lib/trade/series";
import { toYearRows } from "@/lib/core/chart-rows";
import { ARTICLE_KAZAKHSTAN_2024 } from "@/lib/claims/article";
import { coverageQueryOptions, tradeQueryOptions, tradeUrl } from "@/lib/trade/query-options";
import { toTradeFilters } from "@/lib/trade/url-state";
import { serializeTimeRange, type YearRange } from "@/lib/core/time-range";
import { formatPct, formatUsdBn } from "@/lib/core/format";
import { Link } from "@/components/layout/link";
import { localePath } from "@/lib/core/i18n/routing";
import { CENTRAL_ASIA, type PartnerIso3 } from "@/lib/core/reference/codes";
import type { TradeRow } from "@/lib/trade/schemas";

/**
 * The country choice: the other countries' pages as chips, the current one marked (aria-current),
 * each keeping the years chosen. Links, not radios: arrowing through them never navigates.
 */
function CountryChips({ iso3, time }: { iso3: PartnerIso3; time: YearRange }) {
  const t = useTranslations("country");
  const labels = useTradeLabels();
  const query = time.from !== null || time.to !== null ? `?time=${serializeTimeRange(time)}` : "";
  return (
    <fieldset>
      <legend>{t("select")}</legend>
      <ul className="chips">
        {CENTRAL_ASIA.map((c) => (
          <li key={c}>
            <Link className="chip" href={`/countries/${c}${query}`} aria-current={c === iso3 ? "page" : undefined}>
              {labels.country(c)}
            </Link>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** `lead`: the page's introduction, placed after the headline figures (the answer comes first). */
export function CountryDashboard({ iso3, lead }: { iso3: PartnerIso3; lead?: ReactNode }) {
  const [filters] = useDashboardFilters();
  const t = useTranslations("country");
  const tOverview = useTranslations("overview");
  const labels = useTradeLabels();
  const { locale, describe } = labels;
  const reporterLabel = labels.reporter;
  const tradeFilters = toTradeFilters({ ...filters, country: [iso3] }, { allFlows: true });
  const trade = useQuery({
    ...tradeQueryOptions(toTradeFilters({ ...filters, country: [iso3] }, { allFlows: true, seriesOnly: true })),
    placeholderData: (previous) => previous,
  });
  const coverage = useQuery(coverageQueryOptions());
  const genitive = labels.genitive(iso3);
  const instrumental = labels.instrumental(iso3);
  const bn = (value: number | null | undefined) => formatUsdBn(value, 2, locale);

  const view = useMemo(() => {
    if (!trade.data) return null;
    const sources = indexSources(trade.data.sources);
    const best = preferredRows(trade.data.data, sources);
    const turnoverPoints = reporterPoints(trade.data.data, sources, iso3, "turnover", describe);
    const reporters = [...new Set(turnoverPoints.map((p) => p.series))].sort();
    const flowsFor = (reporter: string) => {
      const points = best
        .filter((r) => r.reporter === reporter && r.flow !== "turnover")
        .map((r) => ({ year: r.year, series: r.flow, valueUsd: r.valueUsd, sourceLabel: describe(r, sources) }));
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
  }, [trade.data, iso3, filters.time, describe]);

  const missing = coverage.data
    ? describeMissing(
        coverage.data.data,
        {
          partners: [iso3],
          reporters: ["CHN", "partner"],
          flows: ["turnover"],
          from: filters.time.from,
          to: filters.time.to,
        },
        labels.missingWords,
      )
    : [];
  const hasClaim = iso3 === ARTICLE_KAZAKHSTAN_2024.partner;

  return (
    <>
      {view && (
        <section className="panel" aria-labelledby="gap-title" data-testid="side-by-side">
          <h2 id="gap-title">{t("gap.title")}</h2>
          {view.china || view.otherSide ? (
            <div className="vs">
              <div>
                <div className="muted small">{view.china ? t("gap.chinaYear", { year: String(view.china.year) }) : t("gap.china")}</div>
                <div className="big" style={{ color: reporterColor("CHN") }} data-testid="china-figure" data-headline="">
                  {bn(view.china?.valueUsd ?? null)}
                </div>
                <div className="muted small">{view.china ? <SourceText label={describe(view.china, view.sources)} /> : t("gap.noChina")}</div>
              </div>
              <div className="mid">{t("gap.vs")}</div>
              <div>
                <div className="muted small">
                  {view.otherSide ? t("gap.ownYear", { genitive, year: String(view.otherSide.year) }) : t("gap.own", { genitive })}
                </div>
                <div className="big" style={{ color: reporterColor(view.otherSide?.reporter ?? iso3) }} data-testid="partner-figure">
                  {bn(view.otherSide?.valueUsd ?? null)}
                </div>
                <div className="muted small">
                  {view.otherSide ? <SourceText label={describe(view.otherSide, view.sources)} /> : t("gap.noOwn", { genitive })}
                </div>
              </div>
            </div>
          ) : (
            <EmptyState>{t("gap.empty", { instrumental })}</EmptyState>
          )}
          {view.pair && (
            <p data-testid="same-year-gap">
              {t.rich("gap.sameYear", {
                year: String(view.bothYear),
                china: bn(view.pair.china.valueUsd),
                own: bn(view.pair.own.valueUsd),
                genitive,
                pct: formatPct(((view.pair.china.valueUsd - view.pair.own.valueUsd) / view.pair.own.valueUsd) * 100, false, locale),
                direction: view.pair.china.valueUsd >= view.pair.own.valueUsd ? t("gap.higher") : t("gap.lower"),
                b: (chunks) => <strong>{chunks}</strong>,
                link: (chunks) => <a href={localePath(locale, `/mirror?country=${iso3}`)}>{chunks}</a>,
              })}
            </p>
          )}
          {hasClaim && (
            <p className="notice" data-testid="country-claim">
              {t.rich("gap.claim", {
                quote: `trade turnover between Kazakhstan and China ${ARTICLE_KAZAKHSTAN_2024.quote}`,
                year: String(ARTICLE_KAZAKHSTAN_2024.year),
                china: view.claimYear.china ? bn(view.claimYear.china.valueUsd) : t("gap.claimNoFigure"),
                genitive,
                own: view.claimYear.own ? bn(view.claimYear.own.valueUsd) : t("gap.claimNoFigure"),
                edb: view.claimYear.edb ? bn(view.claimYear.edb.valueUsd) : t("gap.claimNoFigureEdb"),
                q: (chunks) => <span lang="en">{chunks}</span>,
                link: (chunks) => <a href={localePath(locale, "/claims#kaz-2024-over-30bn")}>{chunks}</a>,
              })}
            </p>
          )}
        </section>
      )}
      <FilterBarSheet
        show={{ country: false, flow: false }}
        summaryLead={labels.country(iso3)}
        leading={<CountryChips iso3={iso3} time={filters.time} />}
        csvHref={tradeUrl(tradeFilters, "csv")}
      />
      {lead}
      {trade.isError && !trade.data ? (
        <ErrorState error={trade.error} />
      ) : !view ? (
        <ChartSkeleton label={tOverview("loadingFigures")} />
      ) : (
        <>
          <section className="panel" aria-labelledby="turnover-title">
            <h2 id="turnover-title">{t("turnover.title", { genitive })}</h2>
            {view.turnoverRows.length === 0 ? (
              <EmptyState>{t("turnover.empty", { instrumental, missing: missing.join(" ") })}</EmptyState>
            ) : (
              <TrendLineChart
                title={t("turnover.title", { genitive })}
                data={view.turnoverRows}
                categories={view.reporters.map((r) => ({ key: r, label: reporterLabel(r), color: reporterColor(r), dashed: r === "COW" }))}
                markers={
                  hasClaim
                    ? [{ y: ARTICLE_KAZAKHSTAN_2024.valueUsd, label: t("turnover.marker", { year: String(ARTICLE_KAZAKHSTAN_2024.year) }) }]
                    : []
                }
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
              <h2 id="china-flows-title">{t("flows.chinaTitle")}</h2>
              {view.chinaFlows.length ? (
                <StackedBarChart
                  title={t("flows.chinaChart", { instrumental })}
                  data={view.chinaFlows}
                  stacked={false}
                  categories={[
                    { key: "china_exports", label: labels.flow("china_exports"), color: FLOW_COLORS.china_exports },
                    { key: "china_imports", label: labels.flow("china_imports"), color: FLOW_COLORS.china_imports },
                  ]}
                />
              ) : (
                <EmptyState>{t("flows.chinaEmpty", { instrumental })}</EmptyState>
              )}
            </section>
            <section className="panel" aria-labelledby="own-flows-title">
              <h2 id="own-flows-title">{t("flows.ownTitle", { genitive })}</h2>
              {view.ownFlows.length ? (
                <StackedBarChart
                  title={t("flows.ownChart", { genitive })}
                  data={view.ownFlows}
                  stacked={false}
                  categories={[
                    { key: "china_exports", label: t("flows.ownImports", { genitive }), color: FLOW_COLORS.china_exports },
                    { key: "china_imports", label: t("flows.ownExports", { genitive }), color: FLOW_COLORS.china_imports },
                  ]}
                />
              ) : (
                <EmptyState>
                  {t("flows.ownEmpty", { genitive })}
                  {missing.length ? `: ${missing.join(" ")}` : "."}
                </EmptyState>
              )}
            </section>
          </div>
          <p className="small">
            <a
              href={`${localePath(locale, "/data")}?country=${iso3}${filters.time.from !== null || filters.time.to !== null ? `&time=${serializeTimeRange(filters.time)}` : ""}&flow=turnover~china_exports~china_imports`}
            >
              {t("allData", { dative: labels.dative(iso3) })}
            </a>
          </p>
          <SourcesPanel sources={trade.data?.sources ?? []} />
        </>
      )}
    </>
  );
}
