"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatUsdBn } from "@/lib/core/format";
import { sourceKey, type YearRow } from "@/lib/core/chart-rows";
import { Disclosure } from "@/components/layout/disclosure";
import { isLatinOnly, type ChartCategory } from "./chart-tooltip";

/** The table alternative every chart carries, with the source of each figure; rendered when opened. */
export function ChartTable({ title, data, categories }: { title: string; data: YearRow[]; categories: ChartCategory[] }) {
  const t = useTranslations("charts");
  return (
    <Disclosure className="table-alt" summary={t("showAsTable")}>
      <YearTable title={title} data={data} categories={categories} />
    </Disclosure>
  );
}

function YearTable({ title, data, categories }: { title: string; data: YearRow[]; categories: ChartCategory[] }) {
  const t = useTranslations("charts");
  const locale = useLocale();
  const rows = data.filter((row) => categories.some((c) => typeof row[c.key] === "number"));
  return (
    // focusable: on a phone the table scrolls sideways inside its box, and a keyboard must reach that too
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t("tableCaption", { title })}>
      <table className="data">
        <caption>{t("tableCaption", { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("year")}</th>
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
                const figure = typeof value === "number" ? formatUsdBn(value, 2, locale) : <span className="missing">—</span>;
                // Outside English, a source named only in the publisher's own (English) words is marked so:
                // the cell's hint is that name alone, in English, and the figure in the page's language.
                if (typeof source === "string" && locale !== "en" && isLatinOnly(source)) {
                  return (
                    <td className="num" key={c.key} title={source} lang="en">
                      <span lang={locale}>{figure}</span>
                    </td>
                  );
                }
                return (
                  <td className="num" key={c.key} title={typeof source === "string" ? t("source", { source }) : undefined}>
                    {figure}
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
