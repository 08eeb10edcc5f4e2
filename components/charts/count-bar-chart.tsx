"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Disclosure } from "@/components/layout/disclosure";
import type { BarCategory } from "./count-bar-drawing";

export type { BarCategory };

interface CountBarChartProps<Row extends Record<string, unknown>> {
  title: string;
  data: Row[];
  /** the field that names each bar */
  index: keyof Row & string;
  /** the heading of the names' column in the table (default: the field's name) */
  indexLabel?: string;
  categories: BarCategory[];
  valueFormatter?: (value: number) => string;
  stacked?: boolean;
  /** horizontal bars read better for long names and on a phone */
  layout?: "horizontal" | "vertical";
  height?: number;
}

// Recharts stays out of the page's first JavaScript: it is fetched when a chart first nears the viewport.
const CountBarDrawing = dynamic(() => import("./count-bar-drawing").then((m) => m.CountBarDrawing), { ssr: false });

const plain = (v: number) => String(v);

/** Bars per category (sector, country, year), data-agnostic, with the table alternative every chart carries. */
export function CountBarChart<Row extends Record<string, unknown>>({
  title,
  data,
  index,
  indexLabel,
  categories,
  valueFormatter = plain,
  stacked = true,
  layout = "vertical",
  height,
}: CountBarChartProps<Row>) {
  const t = useTranslations("projects.chart");
  const vertical = layout === "vertical";
  // the box's height follows from the data alone, so it is right before anything is drawn
  const boxHeight = height ?? (vertical ? Math.max(180, data.length * 26 + 60) : 300);
  return (
    <figure className="plain-figure" aria-label={title}>
      <ChartFrame title={title} height={boxHeight}>
        <CountBarDrawing data={data} index={index} categories={categories} valueFormatter={valueFormatter} stacked={stacked} vertical={vertical} />
      </ChartFrame>
      <Disclosure className="table-alt" summary={t("showTable")}>
        {/* a keyboard can scroll the table where it is wider than a phone */}
        <div className="table-wrap" role="region" aria-label={title} tabIndex={0}>
          <table className="data count-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{indexLabel ?? index}</th>
                {categories.map((c) => (
                  <th scope="col" className="num" key={c.key}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((row) => (
                <tr key={String(row[index])}>
                  <th scope="row">{String(row[index])}</th>
                  {categories.map((c) => {
                    const v = row[c.key];
                    return (
                      <td className="num" key={c.key}>
                        {typeof v === "number" ? valueFormatter(v) : "—"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Disclosure>
    </figure>
  );
}
