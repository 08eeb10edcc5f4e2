"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";
import { formatAxisBn } from "@/lib/core/format";
import type { YearRow } from "@/lib/core/chart-rows";
import { ChartLegend } from "./chart-legend";
import { axisWidth, ChartTooltip, type ChartCategory } from "./chart-tooltip";

/** The Recharts drawing of StackedBarChart, loaded on demand into its sized box. */
export function StackedBarDrawing({ data, categories, stacked }: { data: YearRow[]; categories: ChartCategory[]; stacked: boolean }) {
  const locale = useLocale();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 16, right: 12, left: 4, bottom: 4 }}>
        <CartesianGrid stroke="#e5e7eb" vertical={false} />
        <XAxis dataKey="year" tick={{ fontSize: 12 }} minTickGap={8} />
        <YAxis tickFormatter={(value: number) => formatAxisBn(value, locale)} tick={{ fontSize: 12 }} width={axisWidth(locale)} />
        <Tooltip content={(props) => <ChartTooltip {...props} categories={categories} />} />
        <Legend wrapperStyle={{ fontSize: 12 }} content={(props) => <ChartLegend payload={props.payload} />} />
        {categories.map((c) => (
          <Bar key={c.key} dataKey={c.key} name={c.label} fill={c.color} stackId={stacked ? "stack" : undefined} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
