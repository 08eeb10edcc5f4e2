"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface BarCategory {
  key: string;
  label: string;
  color: string;
}

interface CountBarChartProps<Row extends Record<string, unknown>> {
  title: string;
  data: Row[];
  /** the field that names each bar */
  index: keyof Row & string;
  categories: BarCategory[];
  valueFormatter?: (value: number) => string;
  stacked?: boolean;
  /** horizontal bars read better for long names and on a phone */
  layout?: "horizontal" | "vertical";
  height?: number;
}

/** Bars per category (sector, country, year), data-agnostic, with the table alternative every chart carries. */
export function CountBarChart<Row extends Record<string, unknown>>({
  title,
  data,
  index,
  categories,
  valueFormatter = (v) => String(v),
  stacked = true,
  layout = "vertical",
  height,
}: CountBarChartProps<Row>) {
  const vertical = layout === "vertical";
  const boxHeight = height ?? (vertical ? Math.max(180, data.length * 26 + 60) : 300);
  return (
    <figure style={{ margin: 0 }} aria-label={title}>
      <div className="chart-box" style={{ height: boxHeight }} role="img" aria-label={`${title} (chart; a table follows)`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout={vertical ? "vertical" : "horizontal"} margin={{ top: 8, right: 16, left: 4, bottom: 4 }}>
            <CartesianGrid stroke="#e5e7eb" horizontal={!vertical} vertical={vertical} />
            {vertical ? (
              <>
                <XAxis type="number" tickFormatter={valueFormatter} tick={{ fontSize: 11 }} allowDecimals={false} />
                <YAxis type="category" dataKey={index as string} tick={{ fontSize: 11 }} width={104} interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey={index as string} tick={{ fontSize: 11 }} minTickGap={6} />
                <YAxis tickFormatter={valueFormatter} tick={{ fontSize: 11 }} width={48} allowDecimals={false} />
              </>
            )}
            <Tooltip formatter={(value) => (typeof value === "number" ? valueFormatter(value) : String(value))} />
            {categories.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
            {categories.map((c) => (
              <Bar key={c.key} dataKey={c.key} name={c.label} fill={c.color} stackId={stacked ? "s" : undefined} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="table-alt">
        <summary>Show as table</summary>
        <div className="table-wrap">
          <table className="data">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{index}</th>
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
      </details>
    </figure>
  );
}
