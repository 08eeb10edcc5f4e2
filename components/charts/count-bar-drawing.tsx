"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";
import { ChartLegend } from "@/components/charts/chart-legend";

export interface BarCategory {
  key: string;
  label: string;
  color: string;
}

interface CountBarDrawingProps {
  data: Record<string, unknown>[];
  index: string;
  categories: BarCategory[];
  valueFormatter: (value: number) => string;
  stacked: boolean;
  vertical: boolean;
}

/** The Recharts drawing of CountBarChart, loaded on demand into its sized box. */
export function CountBarDrawing({ data, index, categories, valueFormatter, stacked, vertical }: CountBarDrawingProps) {
  // Russian names are longer ("электроэнергетика"): a wider axis, so a one-word name is never cut
  const nameWidth = useLocale() === "en" ? 104 : 124;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout={vertical ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, left: 4, bottom: 4 }}>
        <CartesianGrid stroke="#e5e7eb" horizontal={!vertical} vertical={vertical} />
        {vertical ? (
          <>
            <XAxis type="number" tickFormatter={valueFormatter} tick={{ fontSize: 11 }} allowDecimals={false} />
            <YAxis type="category" dataKey={index} tick={{ fontSize: 11 }} width={nameWidth} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey={index} tick={{ fontSize: 11 }} minTickGap={6} />
            <YAxis tickFormatter={valueFormatter} tick={{ fontSize: 11 }} width={48} allowDecimals={false} />
          </>
        )}
        <Tooltip formatter={(value) => (typeof value === "number" ? valueFormatter(value) : String(value))} />
        {categories.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} content={(props) => <ChartLegend payload={props.payload} />} />}
        {categories.map((c) => (
          <Bar key={c.key} dataKey={c.key} name={c.label} fill={c.color} stackId={stacked ? "s" : undefined} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
