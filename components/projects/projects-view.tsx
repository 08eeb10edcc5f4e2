"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { ChartSkeleton, EmptyState, ErrorState } from "@/components/states/states";
import { projectsQueryOptions, projectsUrl } from "@/lib/projects/query-options";
import { formatUsdBn } from "@/lib/core/format";
import { toProjectFilters } from "@/lib/projects/url-state";
import type { BaseShape } from "@/lib/projects/map";
import { PROJECT_KIND_LABELS, PROJECT_KINDS } from "@/lib/projects/schemas";
import { amountBases, countryAmounts, countsBy, sectorAmounts, timeline } from "@/lib/projects/summary";
import { CountBarChart } from "./count-bar-chart";
import { KIND_COLORS } from "./project-colors";
import { ProjectFilterBar } from "./project-filter-bar";
import { ProjectsMap } from "./projects-map";
import { ProjectsTable } from "./projects-table";
import { useProjectFilters } from "./use-project-filters";

const KIND_CATEGORIES = PROJECT_KINDS.map((k) => ({ key: k, label: PROJECT_KIND_LABELS[k], color: KIND_COLORS[k] }));
const bn = (v: number) => formatUsdBn(v, 1);

export function ProjectsView({ shapes }: { shapes: BaseShape[] }) {
  const [pageFilters] = useProjectFilters();
  const filters = toProjectFilters(pageFilters);
  const query = useQuery({ ...projectsQueryOptions(filters), placeholderData: (previous) => previous });
  const [basis, setBasis] = useState<string | null>(null);

  const view = useMemo(() => {
    if (!query.data) return null;
    const projects = query.data.data;
    const bases = amountBases(projects);
    return {
      projects,
      sources: new Map(query.data.sources.map((s) => [s.id, s])),
      bySector: countsBy(projects, "sector"),
      byCountry: countsBy(projects, "country"),
      timeline: timeline(projects),
      bases,
      noParty: projects.filter((p) => p.kind === "named" && !p.chineseParties),
    };
  }, [query.data]);

  const chosenBasis = view ? (basis && view.bases.some((b) => b.basis === basis) ? basis : (view.bases[0]?.basis ?? null)) : null;
  const amountsBySector = view && chosenBasis ? sectorAmounts(view.projects, chosenBasis) : [];
  const amountsByCountry = view && chosenBasis ? countryAmounts(view.projects, chosenBasis) : { rows: [], multiCountry: 0 };

  return (
    <>
      <ProjectFilterBar csvHref={projectsUrl(filters, "csv")} />
      {query.isError && !query.data ? (
        <ErrorState error={query.error} />
      ) : !view ? (
        <ChartSkeleton label="Loading projects…" />
      ) : view.projects.length === 0 ? (
        <EmptyState>No project record matches these filters.</EmptyState>
      ) : (
        <>
          <p className="small" data-testid="projects-count">
            <strong>{view.projects.length}</strong> records:{" "}
            {PROJECT_KINDS.map((k) => `${view.projects.filter((p) => p.kind === k).length} ${PROJECT_KIND_LABELS[k].toLowerCase()}s`).join(", ")}.
          </p>
          {view.noParty.length > 0 && (
            <p className="notice small" data-testid="no-chinese-party">
              {view.noParty.length === 1 ? "One named project here has" : `${view.noParty.length} named projects here have`} no Chinese party named in
              any source read ({view.noParty.map((p) => p.name).join("; ")}): {view.noParty.length === 1 ? "it is" : "they are"} listed because the
              article names {view.noParty.length === 1 ? "it" : "them"}.
            </p>
          )}

          <section className="panel" aria-labelledby="map-title">
            <h2 id="map-title">Map</h2>
            <ProjectsMap shapes={shapes} projects={view.projects} />
          </section>

          <div className="grid">
            <section className="panel" aria-labelledby="by-sector-title">
              <h2 id="by-sector-title">Records by sector</h2>
              <CountBarChart title="Records by sector and source" data={view.bySector} index="label" categories={KIND_CATEGORIES} />
            </section>
            <section className="panel" aria-labelledby="by-country-title">
              <h2 id="by-country-title">Records by country</h2>
              <p className="small muted">A record spanning several countries counts once in each.</p>
              <CountBarChart title="Records by country and source" data={view.byCountry} index="label" categories={KIND_CATEGORIES} />
            </section>
          </div>

          <section className="panel" aria-labelledby="amounts-title">
            <h2 id="amounts-title">Amounts, within one basis at a time</h2>
            <p className="small muted">
              A Chinese loan, a total project cost and an AEI deal value measure different things, so amounts are only added up within one basis.{" "}
              {view.bases.length} bases in this view.
            </p>
            {view.bases.length === 0 || !chosenBasis ? (
              <EmptyState>No record in this view states an amount.</EmptyState>
            ) : (
              <>
                <label className="small">
                  Basis:{" "}
                  <select aria-label="Amount basis" value={chosenBasis} onChange={(e) => setBasis(e.target.value)} style={{ maxWidth: "100%" }}>
                    {view.bases.map((b) => (
                      <option key={b.basis} value={b.basis}>
                        {b.basis.length > 70 ? `${b.basis.slice(0, 70)}…` : b.basis} ({b.count})
                      </option>
                    ))}
                  </select>
                </label>
                <div className="grid" style={{ marginTop: "0.5rem" }}>
                  <CountBarChart
                    title={`Amount by sector: ${chosenBasis}`}
                    data={amountsBySector.map((r) => ({ sector: r.key, amount: r.value, records: r.count }))}
                    index="sector"
                    categories={[{ key: "amount", label: "US$", color: "#1f5ea8" }]}
                    valueFormatter={bn}
                  />
                  <div>
                    <CountBarChart
                      title={`Amount by country: ${chosenBasis}`}
                      data={amountsByCountry.rows.map((r) => ({ country: r.label, amount: r.value, records: r.count }))}
                      index="country"
                      categories={[{ key: "amount", label: "US$", color: "#2a9d8f" }]}
                      valueFormatter={bn}
                    />
                    {amountsByCountry.multiCountry > 0 && (
                      <p className="small muted">
                        {amountsByCountry.multiCountry} records spanning several countries are left out here: their amount cannot be split.
                      </p>
                    )}
                  </div>
                </div>
              </>
            )}
          </section>

          <section className="panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <p className="small muted">
              Records by start year (deal year for AEI; completion or planned year where no start is given).{" "}
              {view.timeline.undated > 0 && `${view.timeline.undated} records have no year and are not shown.`}
            </p>
            <CountBarChart
              title="Records by year and source"
              data={view.timeline.rows}
              index="year"
              categories={KIND_CATEGORIES}
              layout="horizontal"
            />
          </section>

          <section className="panel" aria-labelledby="table-title">
            <h2 id="table-title">All records</h2>
            <ProjectsTable projects={view.projects} sources={view.sources} />
          </section>
          <ul className="small muted">
            {query.data?.meta.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <SourcesPanel sources={query.data?.sources ?? []} />
        </>
      )}
    </>
  );
}
