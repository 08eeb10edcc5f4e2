"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { Pager, TableSearch, usePaged } from "@/components/tables/pager";
import { matchesQuery } from "@/components/tables/table-search";
import { formatUsdBn } from "@/lib/core/format";
import type { Locale } from "@/lib/core/i18n/routing";
import type { ProjectBrief } from "@/lib/projects/schemas";
import type { SourceRef } from "@/lib/core/sources";
import { useProjectLabels, type ProjectLabels } from "./labels";
import { sortProjects, type ProjectSortKey, type SortDirection } from "./projects-table-sort";

/** Rows on one page: the HTML and the hydration carry these, never all the records. */
const PAGE_SIZE = 25;

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

/** Every record in the view, with its amount basis, Chinese parties and source: searched and sorted as a whole, shown a page at a time. */
export function ProjectsTable({ projects, sources }: { projects: ProjectBrief[]; sources: Map<string, SourceRef> }) {
  const t = useTranslations("projects.table");
  const locale = useLocale() as Locale;
  const label = useProjectLabels();
  const planned = useCallback((year: string) => t("planned", { year }), [t]);
  const [sort, setSort] = useState<{ key: ProjectSortKey; direction: SortDirection } | null>(null);
  const [search, setSearch] = useState("");
  const rows = useMemo(() => {
    const found = search.trim() ? projects.filter((p) => matchesQuery(searchText(p, sources.get(p.sourceId), label, planned), search)) : projects;
    // English sorts by the codes' English words as it always did; another language by its own words
    return sort ? sortProjects(found, sort.key, sort.direction, locale === "en" ? {} : label, locale === "en" ? undefined : locale) : found;
  }, [projects, sources, search, sort, locale, label, planned]);
  const paged = usePaged(rows, PAGE_SIZE);
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
      <div className="table-wrap">
        <table className="data projects-table">
          <caption>
            {search.trim()
              ? t("matching", { shown: String(rows.length), total: String(projects.length) })
              : t("all", { total: String(projects.length) })}
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
            {paged.rows.map((p) => {
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
      {rows.length === 0 && <p className="state">{t("noMatch")}</p>}
      <Pager paged={paged} label={t("pager")} />
    </>
  );
}
