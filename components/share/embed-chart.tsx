"use client";

import { useLocale, useTranslations } from "next-intl";
import { LatinAsEnglish } from "@/components/layout/latin-runs";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { TrendLineChart } from "@/components/charts/trend-line-chart";
import { CountBarChart } from "@/components/charts/count-bar-chart";
import { EmptyState } from "@/components/states/states";
import type { YearRow } from "@/lib/core/chart-rows";
import type { ChartModel, LabelRow } from "@/lib/share/chart-model";
import { CHART_PALETTE } from "./chart-palette";

/**
 * One shareable chart with the site's own chart components, as an embed
 * shows it: the title and what is measured, the chart (with its table
 * alternative), the source line, and a link to the full view that leaves
 * the frame. Takes the width of its container.
 */
export function EmbedChart({ model }: { model: ChartModel }) {
  const t = useTranslations("share");
  const locale = useLocale();
  const categories = model.series.map((s) => ({ key: s.key, label: s.label, color: CHART_PALETTE(s.tone), dashed: s.dashed }));
  const empty = model.empty ?? (model.rows.length === 0 ? t("chart.emptySelection") : null);
  return (
    <article className="embed-chart" aria-labelledby="embed-title">
      <h1 id="embed-title" className="embed-title">
        {model.title}
      </h1>
      <p className="muted small embed-subtitle">
        <LatinAsEnglish text={model.subtitle} locale={locale} />
      </p>
      {model.notes.length > 0 && (
        <ul className="small embed-notes" aria-label={t("ui.embedVerdicts")}>
          {model.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {empty ? (
        <EmptyState>{empty}</EmptyState>
      ) : model.type === "line" ? (
        <TrendLineChart title={model.title} data={model.rows as YearRow[]} categories={categories} markers={model.markers} />
      ) : model.index === "year" ? (
        <StackedBarChart title={model.title} data={model.rows as YearRow[]} categories={categories} stacked={model.stacked} />
      ) : (
        <CountBarChart
          title={model.title}
          data={model.rows as LabelRow[]}
          index={model.index}
          categories={categories}
          stacked={model.stacked}
          valueFormatter={(v) => t("chart.records", { count: v, n: String(v) })}
        />
      )}
      <p className="muted small embed-source">
        <LatinAsEnglish text={model.sourceLine} locale={locale} />
      </p>
      <p className="small embed-link">
        <a href={model.fullViewPath} target="_top" rel="noopener">
          {t("ui.embedFullView")}
        </a>
      </p>
    </article>
  );
}
