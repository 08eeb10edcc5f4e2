"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { COUNTRY_COLORS } from "@/components/charts/chart-colors";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { ShareChart } from "@/components/share/share-chart";
import { mirrorSourceUses } from "@/lib/share/citation";
import { FilterBar } from "@/components/filters/filter-bar";
import { useDashboardFilters } from "@/components/filters/use-dashboard-filters";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { ChartSkeleton, EmptyState, ErrorState } from "@/components/states/states";
import { indexSources } from "@/lib/trade/series";
import { toYearRows } from "@/lib/core/chart-rows";
import { describeMissing } from "@/lib/trade/chart-missing";
import { coverageQueryOptions, mirrorQueryOptions, mirrorUrl } from "@/lib/trade/query-options";
import { toTradeFilters } from "@/lib/trade/url-state";
import { formatPct, formatUsdBn } from "@/lib/core/format";
import { COUNTRY_NAMES, FLOW_LABELS, type Flow } from "@/lib/core/reference/codes";

function mirrorFilters(filters: ReturnType<typeof useDashboardFilters>[0]) {
  const { reporter: _ignored, ...rest } = toTradeFilters(filters);
  return rest;
}

export function MirrorDashboard() {
  const [filters] = useDashboardFilters();
  const query = mirrorFilters(filters);
  const mirror = useQuery({ ...mirrorQueryOptions(query), placeholderData: (previous) => previous });
  const flow: Flow = filters.flow[0] ?? "turnover";
  const [includeOneSided, setIncludeOneSided] = useState(false);
  const coverage = useQuery(coverageQueryOptions());
  const missing = coverage.data
    ? describeMissing(coverage.data.data, {
        partners: query.partner.filter((p) => p !== "CA5"),
        reporters: ["CHN", "partner"],
        flows: [flow],
        from: query.from,
        to: query.to,
      })
    : [];

  const view = useMemo(() => {
    if (!mirror.data) return null;
    const sources = indexSources(mirror.data.sources);
    const paired = mirror.data.data.filter((r) => r.gapUsd !== null && r.flow === flow);
    const points = paired.map((r) => ({
      year: r.year,
      series: r.partner,
      valueUsd: r.gapUsd!,
      sourceLabel: `China ${formatUsdBn(r.chinaValueUsd)} (${sources.get(r.chinaSourceId ?? "")?.publisher ?? "?"}) − partner ${formatUsdBn(r.partnerValueUsd)} (${sources.get(r.partnerSourceId ?? "")?.publisher ?? "?"}); ${formatPct(r.gapPct)}`,
    }));
    const partners = [...new Set(paired.map((r) => r.partner))];
    return { sources, points, partners, rows: toYearRows(points, partners) };
  }, [mirror.data, flow]);

  return (
    <>
      <FilterBar show={{ reporter: false }} csvHref={mirrorUrl(query, "csv")} />
      {mirror.isError && !mirror.data ? (
        <ErrorState error={mirror.error} />
      ) : !view || !mirror.data ? (
        <ChartSkeleton label="Loading figures…" />
      ) : (
        <>
          <section className="panel" aria-labelledby="gap-chart-title">
            <h2 id="gap-chart-title">Gap: China&apos;s figure minus the partner&apos;s, {FLOW_LABELS[flow].toLowerCase()}</h2>
            {view.points.length === 0 ? (
              <EmptyState>
                No year in this selection has both China&apos;s and the partner&apos;s own figure for this flow. {missing.join(" ")}
              </EmptyState>
            ) : (
              <StackedBarChart
                title={`Reporter gap by country (${FLOW_LABELS[flow].toLowerCase()})`}
                data={view.rows}
                stacked={false}
                categories={view.partners.map((p) => ({
                  key: p,
                  label: COUNTRY_NAMES[p] ?? p,
                  color: COUNTRY_COLORS[p as keyof typeof COUNTRY_COLORS] ?? "#444",
                }))}
              />
            )}
            <ShareChart kind="mirror" filters={filters} sources={mirror.data.sources} uses={mirrorSourceUses(mirror.data.data)} />
          </section>
          <section className="panel" aria-labelledby="gap-table-title">
            <h2 id="gap-table-title">Both sides, per year and flow</h2>
            <label className="chip" style={{ marginBottom: "0.5rem" }}>
              <input type="checkbox" checked={includeOneSided} onChange={(event) => setIncludeOneSided(event.target.checked)} />
              Include years with a figure from one side only
            </label>
            <div className="table-wrap">
              <table className="data" data-testid="mirror-table">
                <caption>US$ billions; — = no figure from that side</caption>
                <thead>
                  <tr>
                    <th scope="col">Country</th>
                    <th scope="col">Year</th>
                    <th scope="col">Flow</th>
                    <th scope="col" className="num">
                      China&apos;s customs
                    </th>
                    <th scope="col" className="num">
                      Partner&apos;s own
                    </th>
                    <th scope="col" className="num">
                      Gap
                    </th>
                    <th scope="col" className="num">
                      Gap %
                    </th>
                    <th scope="col">Sources</th>
                  </tr>
                </thead>
                <tbody>
                  {mirror.data.data
                    .filter((r) => includeOneSided || (r.chinaValueUsd !== null && r.partnerValueUsd !== null))
                    .map((r) => (
                      <tr key={`${r.partner}-${r.period}-${r.flow}`}>
                        <td>{COUNTRY_NAMES[r.partner]}</td>
                        <td>{r.period}</td>
                        <td>{FLOW_LABELS[r.flow]}</td>
                        <td className="num">{r.chinaValueUsd === null ? <span className="missing">—</span> : formatUsdBn(r.chinaValueUsd)}</td>
                        <td className="num">{r.partnerValueUsd === null ? <span className="missing">—</span> : formatUsdBn(r.partnerValueUsd)}</td>
                        <td className="num">{formatUsdBn(r.gapUsd)}</td>
                        <td className="num">{formatPct(r.gapPct)}</td>
                        <td className="small">
                          {[r.chinaSourceId, r.partnerSourceId]
                            .filter((id): id is string => !!id)
                            .map((id) => view.sources.get(id))
                            .filter((s) => !!s)
                            .map((s) => (
                              <a key={s.id} href={s.url} target="_blank" rel="noopener noreferrer" style={{ display: "block" }}>
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
