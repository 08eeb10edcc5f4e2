"use client";

import dynamic from "next/dynamic";
import type { YearRow } from "@/lib/core/chart-rows";
import type { ChartCategory } from "./chart-tooltip";
import { ChartFrame } from "./chart-frame";
import { ChartTable } from "./chart-table";
import type { ReferenceMarker } from "./trend-line-drawing";

export type { ReferenceMarker };

interface TrendLineChartProps {
  title: string;
  data: YearRow[];
  categories: ChartCategory[];
  markers?: ReferenceMarker[];
  height?: "short" | "normal";
}

// Recharts stays out of the page's first JavaScript: it is fetched when a chart first nears the viewport.
const TrendLineDrawing = dynamic(() => import("./trend-line-drawing").then((m) => m.TrendLineDrawing), { ssr: false });

/** A line per category over years, in $bn, with gaps where figures are missing. */
export function TrendLineChart({ title, data, categories, markers = [], height = "normal" }: TrendLineChartProps) {
  return (
    <figure className="chart-figure" aria-label={title}>
      <ChartFrame title={title} short={height === "short"}>
        <TrendLineDrawing data={data} categories={categories} markers={markers} />
      </ChartFrame>
      <ChartTable title={title} data={data} categories={categories} />
    </figure>
  );
}
