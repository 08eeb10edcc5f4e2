"use client";

import { COUNTRY_COLORS, reporterColor } from "@/components/charts/chart-colors";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { CountBarChart } from "@/components/projects/count-bar-chart";
import { STATUS_COLORS } from "@/components/projects/project-colors";
import { EmptyState } from "@/components/states/states";
import { PROJECT_CHART_HEIGHT, type ClaimEvidenceInput } from "./evidence-placeholder";
import { reporterSeries } from "@/lib/claims/verdicts";
import { countryPoints } from "@/lib/trade/chart-series";
import { indexSources } from "@/lib/trade/series";
import { reporterLabel } from "@/lib/core/reference/codes";
import { toYearRows, type SeriesPoint } from "@/lib/core/chart-rows";
import { formatUsdBn } from "@/lib/core/format";
import { CENTRAL_ASIA, COUNTRY_NAMES } from "@/lib/core/reference/codes";
import { STATUS_LABELS, STATUSES, type ProjectRow } from "@/lib/projects/schemas";
import type { TradeRow } from "@/lib/trade/schemas";
import { type SourceRef } from "@/lib/core/sources";

const EARLIEST_SHOWN = 2010;

/** The chart that shows a claim's evidence: the reporters' lines, the countries side by side, or the project records. */
export function ClaimEvidenceChart({
  claim,
  trade,
  sources,
  projects,
}: {
  claim: ClaimEvidenceInput;
  trade: TradeRow[];
  sources: SourceRef[];
  projects: ProjectRow[];
}) {
  const a = claim.assertion;
  if (a.metric === "projects") {
    const ids = new Set(claim.projectIds);
    const records = projects.filter((p) => ids.has(p.id));
    if (records.length === 0) return <EmptyState>No project record evidences this claim here.</EmptyState>;
    const byCountry = CENTRAL_ASIA.map((c) => {
      const row: Record<string, string | number> = { country: COUNTRY_NAMES[c] ?? c };
      for (const s of STATUSES) row[s] = records.filter((p) => p.countries.includes(c) && p.status === s).length;
      return row;
    }).filter((row) => STATUSES.some((s) => (row[s] as number) > 0));
    const used = STATUSES.filter((s) => records.some((p) => p.status === s));
    return (
      <CountBarChart
        title={`Records evidencing “${claim.quote.slice(0, 50)}…”, by country and status`}
        data={byCountry}
        index="country"
        categories={used.map((s) => ({ key: s, label: STATUS_LABELS[s], color: STATUS_COLORS[s] }))}
        height={PROJECT_CHART_HEIGHT}
      />
    );
  }
  // GDP and event claims have no trade chart; their verdicts say what they rest on
  if (a.metric !== "turnover") return null;
  if (a.comparators.includes("largest_partner")) {
    const index = indexSources(sources);
    const points = countryPoints(trade, index, "CHN", "turnover", a.among ?? [...CENTRAL_ASIA]).filter((p) => p.year >= a.years.to - 4);
    if (points.length === 0) return <EmptyState>No China&apos;s customs figures by country for these years.</EmptyState>;
    return (
      <StackedBarChart
        title="Trade with China by country, China's customs"
        data={toYearRows(points, [...CENTRAL_ASIA])}
        categories={CENTRAL_ASIA.map((c) => ({ key: c, label: COUNTRY_NAMES[c] ?? c, color: COUNTRY_COLORS[c] }))}
        stacked={false}
      />
    );
  }
  const series = reporterSeries(a, trade, sources);
  const points: SeriesPoint[] = [...series].flatMap(([reporter, list]) =>
    list
      .filter((v) => v.year >= Math.min(EARLIEST_SHOWN, a.years.from))
      .map((v) => ({ year: v.year, series: reporter, valueUsd: v.valueUsd, sourceLabel: reporterLabel(reporter) })),
  );
  const reporters = [...new Set(points.map((p) => p.series))];
  if (points.length === 0) return <EmptyState>No figures for this claim in the data.</EmptyState>;
  const markers =
    // a line across the chart, not a dot at (year, value): a dot would hide the data point it is compared with
    a.threshold !== undefined ? [{ y: a.threshold, label: `Article: ${formatUsdBn(a.threshold, 0)} (${a.years.to})` }] : [];
  return (
    <TrendLineChart
      title={`Turnover with ${a.partners.map((p) => COUNTRY_NAMES[p] ?? p).join(", ")}, one line per reporter`}
      data={toYearRows(points, reporters)}
      categories={reporters.map((r) => ({ key: r, label: reporterLabel(r), color: reporterColor(r), dashed: r === "COW" }))}
      markers={markers}
      height="short"
    />
  );
}
