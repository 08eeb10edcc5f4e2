"use client";

import { formatUsdBn } from "@/lib/core/format";
import { sourceKey, type YearRow } from "@/lib/core/chart-rows";
import { Disclosure } from "@/components/layout/disclosure";
import type { ChartCategory } from "./chart-tooltip";

/** The table alternative every chart carries, with the source of each figure; rendered when opened. */
export function ChartTable({ title, data, categories }: { title: string; data: YearRow[]; categories: ChartCategory[] }) {
  return (
    <Disclosure className="table-alt" summary="Show as table">
      <YearTable title={title} data={data} categories={categories} />
    </Disclosure>
  );
}

function YearTable({ title, data, categories }: { title: string; data: YearRow[]; categories: ChartCategory[] }) {
  const rows = data.filter((row) => categories.some((c) => typeof row[c.key] === "number"));
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{title} (US$ billions; — = no figure)</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {categories.map((c) => (
              <th scope="col" className="num" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {categories.map((c) => {
                const value = row[c.key];
                const source = row[sourceKey(c.key)];
                return (
                  <td className="num" key={c.key} title={typeof source === "string" ? `Source: ${source}` : undefined}>
                    {typeof value === "number" ? formatUsdBn(value) : <span className="missing">—</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
