"use client";

import { formatUsdBn } from "@/lib/core/format";
import { sourceKey, type YearRow } from "@/lib/core/chart-rows";

export interface ChartCategory {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
}

interface TooltipProps {
  active?: boolean;
  label?: string | number;
  payload?: readonly { dataKey?: unknown; payload?: YearRow }[];
  categories: ChartCategory[];
}

/** Value, unit and source of every figure at the hovered year; missing ones say so. */
export function ChartTooltip({ active, label, payload, categories }: TooltipProps) {
  if (!active || !payload?.length) return null;
  const row = payload[0]?.payload;
  if (!row) return null;
  return (
    <div className="tooltip">
      <strong>{label}</strong>
      {categories.map((c) => {
        const value = row[c.key];
        const source = row[sourceKey(c.key)];
        return (
          <div className="row" key={c.key}>
            <span className="legend-swatch" style={{ background: c.color }} />
            {c.label}: <strong>{typeof value === "number" ? `${formatUsdBn(value)} (US$)` : "no figure"}</strong>
            {typeof source === "string" && <div className="src">Source: {source}</div>}
          </div>
        );
      })}
    </div>
  );
}
