"use client";

import { useState } from "react";
import { formatUsdBn } from "@/lib/core/format";
import { COUNTRY_NAMES } from "@/lib/core/reference/codes";
import { PROJECT_KIND_LABELS, STATUS_LABELS, THEME_LABELS, type ProjectRow } from "@/lib/projects/schemas";
import { type SourceRef } from "@/lib/core/sources";

const PAGE = 60;

function years(p: ProjectRow): string {
  const end = p.completionYear ?? (p.plannedCompletionYear ? `${p.plannedCompletionYear} (planned)` : null);
  if (p.startYear && end) return `${p.startYear}–${end}`;
  return String(p.startYear ?? end ?? "—");
}

/** Every record in the view, with its amount basis, Chinese parties and source. */
export function ProjectsTable({ projects, sources }: { projects: ProjectRow[]; sources: Map<string, SourceRef> }) {
  const [limit, setLimit] = useState(PAGE);
  const shown = projects.slice(0, limit);
  return (
    <>
      <div className="table-wrap">
        <table className="data projects-table">
          <caption>
            {projects.length} records{projects.length > shown.length ? ` (first ${shown.length} shown)` : ""}. Amounts in US$ as each source states
            them, with what they measure.
          </caption>
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Country</th>
              <th scope="col">Sector</th>
              <th scope="col">Status</th>
              <th scope="col">Years</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Chinese parties</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => {
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
      {projects.length > shown.length && (
        <button type="button" className="button secondary" onClick={() => setLimit(projects.length)} style={{ marginTop: "0.5rem" }}>
          Show all {projects.length} records
        </button>
      )}
    </>
  );
}
