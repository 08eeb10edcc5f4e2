"use client";

import { useLocale, useTranslations } from "next-intl";
import { COUNTRY_COLORS, reporterColor } from "@/components/charts/chart-colors";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { CountBarChart } from "@/components/charts/count-bar-chart";
import { STATUS_COLORS } from "@/components/charts/project-colors";
import { EmptyState } from "@/components/states/states";
import { PROJECT_CHART_HEIGHT, type ClaimEvidenceInput } from "./evidence-placeholder";
import { reporterSeries } from "@/lib/claims/reporter-series";
import { countryPoints } from "@/lib/trade/chart-series";
import { indexSources } from "@/lib/trade/series";
import { reporterLabel } from "@/lib/core/reference/codes";
import { toYearRows, type SeriesPoint } from "@/lib/core/chart-rows";
import { formatUsdBn } from "@/lib/core/format";
import { CENTRAL_ASIA, COUNTRY_NAMES } from "@/lib/core/reference/codes";
import type { ProjectBrief } from "@/lib/projects/schemas";
import { STATUSES } from "@/lib/projects/vocabulary";
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
  projects: ProjectBrief[];
}) {
  const t = useTranslations("claims.chart");
  const tc = useTranslations("claims");
  const tr = useTranslations("reference");
  const locale = useLocale();
  const english = locale === "en";
  const country = (c: string) => (english ? (COUNTRY_NAMES[c] ?? c) : tr.has(`countries.${c}` as never) ? tr(`countries.${c}` as never) : c);
  const reporter = (r: string) => (english ? reporterLabel(r) : tr.has(`reporterShort.${r}` as never) ? tr(`reporterShort.${r}` as never) : r);
  const a = claim.assertion;
  if (a.metric === "projects") {
    const ids = new Set(claim.projectIds);
    const records = projects.filter((p) => ids.has(p.id));
    if (records.length === 0) return <EmptyState>{t("noProjects")}</EmptyState>;
    const byCountry = CENTRAL_ASIA.map((c) => {
      const row: Record<string, string | number> = { country: country(c) };
      for (const s of STATUSES) row[s] = records.filter((p) => p.countries.includes(c) && p.status === s).length;
      return row;
    }).filter((row) => STATUSES.some((s) => (row[s] as number) > 0));
    const used = STATUSES.filter((s) => records.some((p) => p.status === s));
    // the title quotes the claim in the page's language: the article's words in English, their translation otherwise
    const quote = english || !claim.gloss ? claim.quote : claim.gloss;
    return (
      <CountBarChart
        title={t("projectsTitle", { quote: quote.slice(0, 50) })}
        data={byCountry}
        index="country"
        indexLabel={english ? undefined : t("countryColumn")}
        categories={used.map((s) => ({ key: s, label: tc(`status.${s}`), color: STATUS_COLORS[s] }))}
        height={PROJECT_CHART_HEIGHT}
      />
    );
  }
  // GDP and event claims have no trade chart; their verdicts say what they rest on
  if (a.metric !== "turnover") return null;
  if (a.comparators.includes("largest_partner")) {
    const index = indexSources(sources);
    const points = countryPoints(trade, index, "CHN", "turnover", a.among ?? [...CENTRAL_ASIA]).filter((p) => p.year >= a.years.to - 4);
    if (points.length === 0) return <EmptyState>{t("noCustomsByCountry")}</EmptyState>;
    return (
      <StackedBarChart
        title={t("byCountryTitle")}
        data={toYearRows(points, [...CENTRAL_ASIA])}
        categories={CENTRAL_ASIA.map((c) => ({ key: c, label: country(c), color: COUNTRY_COLORS[c] }))}
        stacked={false}
      />
    );
  }
  const series = reporterSeries(a, trade, sources);
  const points: SeriesPoint[] = [...series].flatMap(([r, list]) =>
    list
      .filter((v) => v.year >= Math.min(EARLIEST_SHOWN, a.years.from))
      .map((v) => ({ year: v.year, series: r, valueUsd: v.valueUsd, sourceLabel: reporter(r) })),
  );
  const reporters = [...new Set(points.map((p) => p.series))];
  if (points.length === 0) return <EmptyState>{t("noFigures")}</EmptyState>;
  const markers =
    // a line across the chart, not a dot at (year, value): a dot would hide the data point it is compared with
    a.threshold !== undefined
      ? [{ y: a.threshold, label: t("marker", { value: formatUsdBn(a.threshold, 0, locale), year: String(a.years.to) }) }]
      : [];
  return (
    <TrendLineChart
      title={t("turnoverTitle", { partners: a.partners.map(country).join(", ") })}
      data={toYearRows(points, reporters)}
      categories={reporters.map((r) => ({ key: r, label: reporter(r), color: reporterColor(r), dashed: r === "COW" }))}
      markers={markers}
      height="short"
    />
  );
}
