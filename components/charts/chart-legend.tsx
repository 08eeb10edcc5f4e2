"use client";

import type { LegendPayload } from "recharts";
import { useTranslations } from "next-intl";

const SIZE = 32;

/** A legend entry's icon, as Recharts draws it: a line with a ring for lines, a bar for bars. */
function LegendIcon({ entry }: { entry: LegendPayload }) {
  const color = entry.color ?? "#444";
  if (entry.type === "line") {
    const third = SIZE / 3;
    const sixth = SIZE / 6;
    const half = SIZE / 2;
    return (
      <path
        strokeWidth={4}
        fill="none"
        stroke={color}
        d={`M0,${half}h${third}A${sixth},${sixth},0,1,1,${2 * third},${half}H${SIZE}M${2 * third},${half}A${sixth},${sixth},0,1,1,${third},${half}`}
      />
    );
  }
  return <path stroke="none" fill={color} d={`M0,${SIZE / 8}h${SIZE}v${(SIZE * 3) / 4}h${-SIZE}z`} />;
}

/**
 * The charts' legend: Recharts' own look and class names, with the icon's
 * accessible name in the reader's language (Recharts spells it in English).
 */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  const t = useTranslations("charts");
  if (!payload?.length) return null;
  return (
    <ul className="recharts-default-legend chart-legend">
      {payload.map((entry, i) =>
        entry.type === "none" ? null : (
          <li key={`legend-item-${i}`} className={`recharts-legend-item legend-item-${i}`}>
            <svg
              width={14}
              height={14}
              viewBox={`0 0 ${SIZE} ${SIZE}`}
              aria-label={entry.value == null ? t("legendIconBare") : t("legendIcon", { name: entry.value })}
            >
              <LegendIcon entry={entry} />
            </svg>
            <span className="recharts-legend-item-text chart-legend-text" style={{ color: entry.color }}>
              {entry.value}
            </span>
          </li>
        ),
      )}
    </ul>
  );
}
