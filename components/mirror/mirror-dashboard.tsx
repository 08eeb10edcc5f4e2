"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { useTradeLabels } from "@/components/dashboard/trade-labels";
import { COUNTRY_COLORS } from "@/components/charts/chart-colors";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { ShareChart } from "@/components/share/share-chart";
import { mirrorSourceUses } from "@/lib/share/source-uses";
import { FilterBarSheet } from "@/components/filters/filter-bar";
import { useDashboardFilters } from "@/components/filters/use-dashboard-filters";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { ChartSkeleton, EmptyState, ErrorState } from "@/components/states/states";
import { indexSources } from "@/lib/trade/series";
import { toYearRows } from "@/lib/core/chart-rows";
import { describeMissing } from "@/lib/trade/chart-missing";
import { coverageQueryOptions, mirrorQueryOptions, mirrorUrl } from "@/lib/trade/query-options";
import { toTradeFilters } from "@/lib/trade/url-state";
import { formatPct, formatUsdBn } from "@/lib/core/format";
import type { Flow } from "@/lib/core/reference/codes";

function mirrorFilters(filters: ReturnType<typeof useDashboardFilters>[0]) {
  const { reporter: _ignored, ...rest } = toTradeFilters(filters);
  return rest;
}

/**
 * `lead` and `explanation` (why the two sides differ): the page's introduction,
 * placed after the headline figures and the chart (the answer comes first).
 */
export function MirrorDashboard({ lead, explanation }: { lead?: ReactNode; explanation?: ReactNode }) {
  const [filters] = useDashboardFilters();
  const t = useTranslations("mirror");
  const tOverview = useTranslations("overview");
  const labels = useTradeLabels();
  const { locale } = labels;
  const bn = (value: number | null | undefined) => formatUsdBn(value, 2, locale);
  const query = mirrorFilters(filters);
  const mirror = useQuery({ ...mirrorQueryOptions(query), placeholderData: (previous) => previous });
  const flow: Flow = filters.flow[0] ?? "turnover";
  const [includeOneSided, setIncludeOneSided] = useState(false);
  const coverage = useQuery(coverageQueryOptions());
  const missing = coverage.data
    ? describeMissing(
        coverage.data.data,
        {
          partners: query.partner.filter((p) => p !== "CA5"),
          reporters: ["CHN", "partner"],
          flows: [flow],
          from: query.from,
          to: query.to,
        },
        labels.missingWords,
      )
    : [];

  const view = useMemo(() => {
    if (!mirror.data) return null;
    const sources = indexSources(mirror.data.sources);
    const paired = mirror.data.data.filter((r) => r.gapUsd !== null && r.flow === flow);
    const points = paired.map((r) => ({
      year: r.year,
      series: r.partner,
      valueUsd: r.gapUsd!,
      sourceLabel: t("chart.point", {
        china: formatUsdBn(r.chinaValueUsd, 2, locale),
        chinaPublisher: sources.get(r.chinaSourceId ?? "")?.publisher ?? "?",
        partner: formatUsdBn(r.partnerValueUsd, 2, locale),
        partnerPublisher: sources.get(r.partnerSourceId ?? "")?.publisher ?? "?",
        pct: formatPct(r.gapPct, true, locale),
      }),
    }));
    const partners = [...new Set(paired.map((r) => r.partner))];
    // per country, the latest full year that both sides report: the page's headline figures
    const headlines = partners
      .map((p) => paired.filter((r) => r.partner === p && r.period === String(r.year)).sort((a, b) => b.year - a.year)[0])
      .filter((r) => r !== undefined);
    return { sources, points, partners, headlines, rows: toYearRows(points, partners) };
  }, [mirror.data, flow, t, locale]);

  return (
    <>
      {view && (
        <section aria-labelledby="mirror-headlines-title">
          <h2 id="mirror-headlines-title">{t("headlines.title", { flow: labels.flowInline(flow) })}</h2>
          {view.headlines.length === 0 ? (
            <EmptyState>{t("headlines.empty")}</EmptyState>
          ) : (
            <div className="cards">
              {view.headlines.map((r, i) => (
                <div
                  className="card"
                  key={r.partner}
                  data-headline={i === 0 ? "" : undefined}
                  data-testid={`mirror-headline-${r.partner}`}
                  style={{ ["--card-color" as string]: COUNTRY_COLORS[r.partner as keyof typeof COUNTRY_COLORS] ?? "#444" }}
                >
                  <div className="label">{t("headlines.card", { country: labels.country(r.partner), year: String(r.year) })}</div>
                  <div className="value">
                    {r.gapUsd !== null && r.gapUsd > 0 ? "+" : ""}
                    {bn(r.gapUsd)}
                  </div>
                  <div className="detail">
                    {t("headlines.detail", { china: bn(r.chinaValueUsd), own: bn(r.partnerValueUsd), pct: formatPct(r.gapPct, true, locale) })}
                  </div>
                </div>
              ))}
            </div>
          )}
        </section>
      )}
      <FilterBarSheet show={{ reporter: false }} csvHref={mirrorUrl(query, "csv")} />
      {lead}
      {mirror.isError && !mirror.data ? (
        <ErrorState error={mirror.error} />
      ) : !view || !mirror.data ? (
        <ChartSkeleton label={tOverview("loadingFigures")} />
      ) : (
        <>
          <section className="panel" aria-labelledby="gap-chart-title">
            <h2 id="gap-chart-title">{t("chart.title", { flow: labels.flowInline(flow) })}</h2>
            {view.points.length === 0 ? (
              <EmptyState>{t("chart.empty", { missing: missing.join(" ") })}</EmptyState>
            ) : (
              <StackedBarChart
                title={t("chart.chartTitle", { flow: labels.flowInline(flow) })}
                data={view.rows}
                stacked={false}
                categories={view.partners.map((p) => ({
                  key: p,
                  label: labels.country(p),
                  color: COUNTRY_COLORS[p as keyof typeof COUNTRY_COLORS] ?? "#444",
                }))}
              />
            )}
            <ShareChart kind="mirror" filters={filters} sources={mirror.data.sources} uses={mirrorSourceUses(mirror.data.data)} />
          </section>
          {explanation}
          <section className="panel" aria-labelledby="gap-table-title">
            <h2 id="gap-table-title">{t("table.title")}</h2>
            <label className="chip stack-gap">
              <input type="checkbox" checked={includeOneSided} onChange={(event) => setIncludeOneSided(event.target.checked)} />
              {t("table.oneSided")}
            </label>
            <div className="table-wrap">
              <table className="data" data-testid="mirror-table">
                <caption>{t("table.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("table.country")}</th>
                    <th scope="col">{t("table.year")}</th>
                    <th scope="col">{t("table.flow")}</th>
                    <th scope="col" className="num">
                      {t("table.china")}
                    </th>
                    <th scope="col" className="num">
                      {t("table.partner")}
                    </th>
                    <th scope="col" className="num">
                      {t("table.gap")}
                    </th>
                    <th scope="col" className="num">
                      {t("table.gapPct")}
                    </th>
                    <th scope="col">{t("table.sources")}</th>
                  </tr>
                </thead>
                <tbody>
                  {mirror.data.data
                    .filter((r) => includeOneSided || (r.chinaValueUsd !== null && r.partnerValueUsd !== null))
                    .map((r) => (
                      <tr key={`${r.partner}-${r.period}-${r.flow}`}>
                        <td>{labels.country(r.partner)}</td>
                        <td>{r.period}</td>
                        <td>{labels.flow(r.flow)}</td>
                        <td className="num">{r.chinaValueUsd === null ? <span className="missing">—</span> : bn(r.chinaValueUsd)}</td>
                        <td className="num">{r.partnerValueUsd === null ? <span className="missing">—</span> : bn(r.partnerValueUsd)}</td>
                        <td className="num">{bn(r.gapUsd)}</td>
                        <td className="num">{formatPct(r.gapPct, true, locale)}</td>
                        <td className="small">
                          {[r.chinaSourceId, r.partnerSourceId]
                            .filter((id): id is string => !!id)
                            .map((id) => view.sources.get(id))
                            .filter((s) => !!s)
                            .map((s) => (
                              <a key={s.id} href={s.url} target="_blank" rel="noopener noreferrer" className="block" lang="en">
                                {s.publisher}
                              </a>
                            ))}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
          <SourcesPanel sources={mirror.data.sources} />
        </>
      )}
    </>
  );
}
