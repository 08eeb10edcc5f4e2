"use client";

import { useLocale, useTranslations } from "next-intl";
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

/** The value axis' width in px: "$40bn" is short; "40 млрд $" needs more room. */
export function axisWidth(locale: string): number {
  return locale === "en" ? 56 : 76;
}

/** Whether a text's letters are all Latin: a source label made only of publishers' (English) names. */
export function isLatinOnly(text: string): boolean {
  return /\p{L}/u.test(text) && /^[\p{Script=Latin}\P{L}]*$/u.test(text);
}

/** Value, unit and source of every figure at the hovered year; missing ones say so. */
export function ChartTooltip({ active, label, payload, categories }: TooltipProps) {
  const t = useTranslations("charts");
  const locale = useLocale();
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
            {c.label}: <strong>{typeof value === "number" ? t("tooltipValue", { value: formatUsdBn(value, 2, locale) }) : t("noFigure")}</strong>
            {typeof source === "string" && (
              <div className="src">
                {locale !== "en" && isLatinOnly(source)
                  ? t.rich("sourceMarked", { source, name: (chunks) => <span lang="en">{chunks}</span> })
                  : t("source", { source })}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
