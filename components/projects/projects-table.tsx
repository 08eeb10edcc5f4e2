"use client";

import { useMemo, useState } from "react";
import { Pager, TableSearch, usePaged } from "@/components/tables/pager";
import { matchesQuery } from "@/components/tables/table-search";
import { formatUsdBn } from "@/lib/core/format";
import { COUNTRY_NAMES } from "@/lib/core/reference/codes";
import { PROJECT_KIND_LABELS, STATUS_LABELS, THEME_LABELS, type ProjectRow } from "@/lib/projects/schemas";
import type { SourceRef } from "@/lib/core/sources";
import { sortProjects, type ProjectSortKey, type SortDirection } from "./projects-table-sort";

/** Rows on one page: the HTML and the hydration carry these, never all the records. */
const PAGE_SIZE = 25;

const COLUMNS: { key: ProjectSortKey | null; label: string; numeric?: boolean }[] = [
  { key: "project", label: "Project" },
  { key: "country", label: "Country" },
  { key: "sector", label: "Sector" },
  { key: "status", label: "Status" },
  { key: "year", label: "Years" },
  { key: "amount", label: "Amount", numeric: true },
  { key: null, label: "Chinese parties" },
  { key: null, label: "Source" },
];

function years(p: ProjectRow): string {
  const end = p.completionYear ?? (p.plannedCompletionYear ? `${p.plannedCompletionYear} (planned)` : null);
  if (p.startYear && end) return `${p.startYear}–${end}`;
  return String(p.startYear ?? end ?? "—");
}

function searchText(p: ProjectRow, source: SourceRef | undefined): string {
  return [
    p.name,
    p.label,
    PROJECT_KIND_LABELS[p.kind],
    ...p.themes.map((t) => THEME_LABELS[t]),
    ...p.countries.map((c) => COUNTRY_NAMES[c] ?? c),
    p.sector,
    p.subsector,
    STATUS_LABELS[p.status],
    years(p),
    p.amountBasis,
    p.chineseParties,
    source?.publisher ?? p.sourceId,
  ]
    .filter(Boolean)
    .join(" ");
}

/** Every record in the view, with its amount basis, Chinese parties and source: searched and sorted as a whole, shown a page at a time. */
export function ProjectsTable({ projects, sources }: { projects: ProjectRow[]; sources: Map<string, SourceRef> }) {
  const [sort, setSort] = useState<{ key: ProjectSortKey; direction: SortDirection } | null>(null);
  const [search, setSearch] = useState("");
  const rows = useMemo(() => {
    const found = search.trim() ? projects.filter((p) => matchesQuery(searchText(p, sources.get(p.sourceId)), search)) : projects;
    return sort ? sortProjects(found, sort.key, sort.direction) : found;
  }, [projects, sources, search, sort]);
  const paged = usePaged(rows, PAGE_SIZE);
  return (
    <>
      <TableSearch
        label="Search the records"
        value={search}
        onChange={(value) => {
          setSearch(value);
          paged.setPage(0);
        }}
      />
      <div className="table-wrap">
        <table className="data projects-table">
          <caption>
            {search.trim() ? `${rows.length} of ${projects.length} records match the search` : `${projects.length} records`}. Amounts in US$ as each
            source states them, with what they measure; click a column heading to sort.
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = c.key !== null && sort?.key === c.key;
                return (
                  <th
                    key={c.label}
                    scope="col"
                    className={c.numeric ? "num" : undefined}
                    aria-sort={c.key === null ? undefined : active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
                  >
                    {c.key === null ? (
                      c.label
                    ) : (
                      <button
                        type="button"
                        onClick={() => {
                          setSort({ key: c.key!, direction: active && sort.direction === "asc" ? "desc" : "asc" });
                          paged.setPage(0);
                        }}
                      >
                        {c.label} {active ? (sort.direction === "asc" ? "▲" : "▼") : ""}
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((p) => {
              const source = sources.get(p.sourceId);
              return (
                <tr key={p.id} data-testid="project-row">
                  <td>
                    {p.name ? <strong>{p.name}</strong> : <span title="The source gives no project name">{p.label}</span>}
                    <div className="small muted">
                      {PROJECT_KIND_LABELS[p.kind]}
                      {p.themes.length > 0 && ` · ${p.themes.map((t) => THEME_LABELS[t]).join(", ")}`}
                    </div>
                  </td>
                  <td>{p.countries.map((c) => COUNTRY_NAMES[c] ?? c).join(", ")}</td>
                  <td>
                    {p.sector}
                    {p.subsector && <div className="small muted">{p.subsector}</div>}
                  </td>
                  <td>{STATUS_LABELS[p.status]}</td>
                  <td>{years(p)}</td>
                  <td className="num">
                    {p.amountUsd === null ? <span className="missing">—</span> : formatUsdBn(p.amountUsd)}
                    {p.amountBasis && <div className="small muted basis">{p.amountBasis}</div>}
                  </td>
                  <td>{p.chineseParties ?? <em className="missing">none named in the sources</em>}</td>
                  <td>
                    {source ? (
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
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
      {rows.length === 0 && <p className="state">No record in this view matches the search.</p>}
      <Pager paged={paged} label="Records" />
    </>
  );
}
