"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale } from "next-intl";
import { formatAxisBn } from "@/lib/core/format";
import type { YearRow } from "@/lib/core/chart-rows";
import { ChartLegend } from "./chart-legend";
import { axisWidth, ChartTooltip, type ChartCategory } from "./chart-tooltip";

/** A claimed figure: a dot at (x, y), or, without x, a threshold line across the chart at y. */
export interface ReferenceMarker {
  x?: number;
  y: number;
  label: string;
}

/** The Recharts drawing of TrendLineChart, loaded on demand into its sized box. */
export function TrendLineDrawing({ data, categories, markers }: { data: YearRow[]; categories: ChartCategory[]; markers: ReferenceMarker[] }) {
  const locale = useLocale();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 16, right: 12, left: 4, bottom: 4 }}>
        <CartesianGrid stroke="#e5e7eb" vertical={false} />
        <XAxis dataKey="year" tick={{ fontSize: 12 }} minTickGap={12} />
        <YAxis tickFormatter={(value: number) => formatAxisBn(value, locale)} tick={{ fontSize: 12 }} width={axisWidth(locale)} />
        <Tooltip content={(props) => <ChartTooltip {...props} categories={categories} />} />
        <Legend wrapperStyle={{ fontSize: 12 }} content={(props) => <ChartLegend payload={props.payload} />} />
        {categories.map((c) => (
          <Line
            key={c.key}
            type="monotone"
            dataKey={c.key}
            name={c.label}
            stroke={c.color}
            strokeWidth={2}
            strokeDasharray={c.dashed ? "5 4" : undefined}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        {markers.map((m) =>
          m.x === undefined ? (
            <ReferenceLine
              key={m.label}
              y={m.y}
              stroke="#111"
              strokeDasharray="6 4"
              label={{ value: m.label, position: "insideTopLeft", fontSize: 11, fill: "#111", fontWeight: 600 }}
              ifOverflow="extendDomain"
            />
          ) : (
            <ReferenceDot
              key={m.label}
              x={m.x}
              y={m.y}
              r={7}
              fill="#fff"
              stroke="#111"
              strokeWidth={2}
              label={{ value: m.label, position: "left", fontSize: 11, fill: "#111", fontWeight: 600 }}
              ifOverflow="extendDomain"
            />
          ),
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
