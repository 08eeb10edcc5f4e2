"use client";

import dynamic from "next/dynamic";
import type { YearRow } from "@/lib/core/chart-rows";
import type { ChartCategory } from "./chart-tooltip";
import { ChartFrame } from "./chart-frame";
import { ChartTable } from "./chart-table";

interface StackedBarChartProps {
  title: string;
  data: YearRow[];
  categories: ChartCategory[];
  stacked?: boolean;
}

// Recharts stays out of the page's first JavaScript: it is fetched when a chart first nears the viewport.
const StackedBarDrawing = dynamic(() => import("./stacked-bar-drawing").then((m) => m.StackedBarDrawing), { ssr: false });

/** Bars per year in $bn, stacked (countries) or side by side (flows). */
export function StackedBarChart({ title, data, categories, stacked = true }: StackedBarChartProps) {
  return (
    <figure className="chart-figure" aria-label={title}>
      <ChartFrame title={title}>
        <StackedBarDrawing data={data} categories={categories} stacked={stacked} />
      </ChartFrame>
      <ChartTable title={title} data={data} categories={categories} />
    </figure>
  );
}
