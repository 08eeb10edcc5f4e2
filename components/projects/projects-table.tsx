"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { Pager, RowsLoading, TableSearch, useAllRowsWanted, usePaged } from "@/components/tables/pager";
import { matchesQuery } from "@/components/tables/table-search";
import { formatUsdBn } from "@/lib/core/format";
import type { Locale } from "@/lib/core/i18n/routing";
import { PROJECTS_TABLE_PAGE_SIZE } from "@/lib/projects/page-summary";
import { pageProjectsQueryOptions } from "@/lib/projects/query-options";
import type { ProjectBrief, ProjectFilters } from "@/lib/projects/schemas";
import type { SourceRef } from "@/lib/core/sources";
import { ErrorState } from "@/components/states/states";
import { useProjectLabels, type ProjectLabels } from "./labels";
import { sortProjects, type ProjectSortKey, type SortDirection } from "./projects-table-sort";

const COLUMNS: {
  key: ProjectSortKey | null;
  label: "project" | "country" | "sector" | "status" | "year" | "amount" | "parties" | "source";
  numeric?: boolean;
}[] = [
  { key: "project", label: "project" },
  { key: "country", label: "country" },
  { key: "sector", label: "sector" },
  { key: "status", label: "status" },
  { key: "year", label: "year" },
  { key: "amount", label: "amount", numeric: true },
  { key: null, label: "parties" },
  { key: null, label: "source" },
];

function years(p: ProjectBrief, planned: (year: string) => string): string {
  const end = p.completionYear ?? (p.plannedCompletionYear ? planned(String(p.plannedCompletionYear)) : null);
  if (p.startYear && end) return `${p.startYear}–${end}`;
  return String(p.startYear ?? end ?? "—");
}

function searchText(p: ProjectBrief, source: SourceRef | undefined, label: ProjectLabels, planned: (year: string) => string): string {
  return [
    p.name,
    p.label,
    label.kind(p.kind),
    ...p.themes.map((t) => label.theme(t)),
    ...p.countries.map(label.country),
    p.sector,
    label.sector(p.sector),
    p.subsector,
    label.status(p.status),
    years(p, planned),
    p.amountBasis,
    p.chineseParties,
    source?.publisher ?? p.sourceId,
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * Every record in the view, with its amount basis, Chinese parties and source: searched and sorted as a whole, shown
 * a page at a time. The page carries the first page (`firstRows` of `total`); the records come when the table nears
 * the viewport or a reader searches, sorts or turns the page.
 */
export function ProjectsTable({
  filters,
  firstRows,
  total,
  sources,
}: {
  filters: ProjectFilters;
  firstRows: ProjectBrief[];
  total: number;
  sources: Map<string, SourceRef>;
}) {
  const t = useTranslations("projects.table");
  const locale = useLocale() as Locale;
  const label = useProjectLabels();
  const planned = useCallback((year: string) => t("planned", { year }), [t]);
  const [sort, setSort] = useState<{ key: ProjectSortKey; direction: SortDirection } | null>(null);
  const [search, setSearch] = useState("");
  const [tableRef, allWanted, wantAll] = useAllRowsWanted<HTMLDivElement>();
  const records = useQuery({ ...pageProjectsQueryOptions(filters), enabled: allWanted });
  const projects = records.data?.data ?? null;
  const rows = useMemo(() => {
    if (!projects) return firstRows;
    const found = search.trim() ? projects.filter((p) => matchesQuery(searchText(p, sources.get(p.sourceId), label, planned), search)) : projects;
    // English sorts by the codes' English words as it always did; another language by its own words
    return sort ? sortProjects(found, sort.key, sort.direction, locale === "en" ? {} : label, locale === "en" ? undefined : locale) : found;
  }, [projects, firstRows, sources, search, sort, locale, label, planned]);
  const paged = usePaged(rows, PROJECTS_TABLE_PAGE_SIZE, { total: projects ? rows.length : total, onSetPage: wantAll });
  // until every record is here, only the first page in the API's order can be shown
  const waiting = !projects && (search.trim() !== "" || sort !== null || paged.page > 0);
  return (
    <>
      <TableSearch
        label={t("search")}
        value={search}
        onChange={(value) => {
          setSearch(value);
          paged.setPage(0);
        }}
      />
      <div className="table-wrap" ref={tableRef}>
        <table className="data projects-table">
          <caption>
            {search.trim() && projects ? t("matching", { shown: String(rows.length), total: String(total) }) : t("all", { total: String(total) })}
            {t("captionTail")}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = c.key !== null && sort?.key === c.key;
                const text = t(`columns.${c.label}`);
                return (
                  <th
                    key={c.label}
                    scope="col"
                    className={c.numeric ? "num" : undefined}
                    aria-sort={c.key === null ? undefined : active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
                  >
                    {c.key === null ? (
                      text
                    ) : (
                      <button
                        type="button"
                        onClick={() => {
                          setSort({ key: c.key!, direction: active && sort.direction === "asc" ? "desc" : "asc" });
                          paged.setPage(0);
                        }}
                      >
                        {text} {active ? (sort.direction === "asc" ? "▲" : "▼") : ""}
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {(waiting ? [] : paged.rows).map((p) => {
              const source = sources.get(p.sourceId);
              return (
                <tr key={p.id} data-testid="project-row">
                  <td>
                    {p.name ? (
                      <strong lang="en">{p.name}</strong>
                    ) : (
                      <span title={t("noName")}>
                        <span lang="en">{p.label}</span>
                      </span>
                    )}
                    <div className="small muted">
                      {label.kind(p.kind)}
                      {p.themes.length > 0 && ` · ${p.themes.map((th) => label.theme(th)).join(", ")}`}
                    </div>
                  </td>
                  <td>{p.countries.map(label.country).join(", ")}</td>
                  <td>
                    {label.sector(p.sector)}
                    {p.subsector && (
                      <div className="small muted" lang="en">
                        {p.subsector}
                      </div>
                    )}
                  </td>
                  <td>{label.status(p.status)}</td>
                  <td>{years(p, planned)}</td>
                  <td className="num">
                    {p.amountUsd === null ? <span className="missing">—</span> : formatUsdBn(p.amountUsd, 2, locale)}
                    {p.amountBasis && (
                      <div className="small muted basis" lang="en">
                        {p.amountBasis}
                      </div>
                    )}
                  </td>
                  <td>{p.chineseParties !== null ? <span lang="en">{p.chineseParties}</span> : <em className="missing">{t("noParties")}</em>}</td>
                  <td>
                    {source ? (
                      <a href={source.url} target="_blank" rel="noopener noreferrer" lang="en">
                        {source.publisher}
                      </a>
                    ) : (
                      p.sourceId
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {waiting && (records.isError ? <ErrorState error={records.error} /> : <RowsLoading />)}
      {!waiting && rows.length === 0 && <p className="state">{t("noMatch")}</p>}
      <Pager paged={paged} label={t("pager")} />
    </>
  );
}
