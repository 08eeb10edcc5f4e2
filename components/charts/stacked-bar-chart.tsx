"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatAxisBn } from "@/lib/core/format";
import type { YearRow } from "@/lib/core/chart-rows";
import { ChartTooltip, type ChartCategory } from "./chart-tooltip";
import { ChartTable } from "./chart-table";

interface StackedBarChartProps {
  title: string;
  data: YearRow[];
  categories: ChartCategory[];
  stacked?: boolean;
}

/** Bars per year in $bn, stacked (countries) or side by side (flows). */
export function StackedBarChart({ title, data, categories, stacked = true }: StackedBarChartProps) {
  return (
    <figure style={{ margin: 0 }} aria-label={title}>
      <div className="chart-box" role="img" aria-label={`${title} (chart; a table follows)`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 16, right: 12, left: 4, bottom: 4 }}>
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis dataKey="year" tick={{ fontSize: 12 }} minTickGap={8} />
            <YAxis tickFormatter={formatAxisBn} tick={{ fontSize: 12 }} width={56} />
            <Tooltip content={(props) => <ChartTooltip {...props} categories={categories} />} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {categories.map((c) => (
              <Bar key={c.key} dataKey={c.key} name={c.label} fill={c.color} stackId={stacked ? "stack" : undefined} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable title={title} data={data} categories={categories} />
    </figure>
  );
}
