"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";
import { ViewShare } from "@/components/share/view-share";
import { SourcesPanel } from "@/components/sources/sources-panel";
import { ChartSkeleton, EmptyState, ErrorState } from "@/components/states/states";
import { basisAmounts } from "@/lib/projects/page-summary";
import { pageProjectsQueryOptions, projectsPageSummaryQueryOptions, projectsUrl } from "@/lib/projects/query-options";
import { formatUsdBn } from "@/lib/core/format";
import type { Locale } from "@/lib/core/i18n/routing";
import { toProjectFilters } from "@/lib/projects/url-state";
import { PROJECT_KINDS, type Sector } from "@/lib/projects/vocabulary";
import { CountBarChart } from "@/components/charts/count-bar-chart";
import { useProjectLabels } from "./labels";
import { KIND_COLORS } from "@/components/charts/project-colors";
import { ProjectFilterBar } from "./project-filter-bar";
import { ProjectsMap } from "./projects-map";
import { ProjectsTable } from "./projects-table";
import { useProjectFilters } from "./use-project-filters";

/** The API's notes (English) by their opening words: shown in the page's language where known. */
const NOTE_KEYS = [
  ["Amounts with different amount bases", "bases"],
  ["AEI deals have no project name", "aei"],
  ["Coordinates marked approx-", "approx"],
  ["Central Asia–China gas pipeline lines", "pipelines"],
] as const;

/** The page's answer first: the filters' one-line summary, the counts of this selection, then the lead (`lead`), the map, the charts and the table. */
export function ProjectsView({ lead }: { lead?: ReactNode }) {
  const t = useTranslations("projects");
  const tShare = useTranslations("share.view");
  const locale = useLocale() as Locale;
  const label = useProjectLabels();
  const kindCategories = useMemo(() => PROJECT_KINDS.map((k) => ({ key: k, label: label.kind(k), color: KIND_COLORS[k] })), [label]);
  const bn = (v: number) => formatUsdBn(v, 1, locale);
  const [pageFilters] = useProjectFilters();
  const filters = toProjectFilters(pageFilters);
  // the page's counts, charts and first table page; the map and the table fetch the records when a reader nears them
  const query = useQuery({ ...projectsPageSummaryQueryOptions(filters), placeholderData: (previous) => previous });
  const [basis, setBasis] = useState<string | null>(null);

  const view = useMemo(() => {
    if (!query.data) return null;
    const summary = query.data;
    return {
      ...summary,
      sources: new Map(summary.sources.map((s) => [s.id, s])),
      bySector: summary.bySector.map((r) => ({ ...r, label: label.sector(r.key as Sector) })),
      byCountry: summary.byCountry.map((r) => ({ ...r, label: label.country(r.key) })),
    };
  }, [query.data, label]);

  const chosenBasis = view ? (view.bases.find((b) => b.basis === basis) ?? view.bases[0])?.basis : undefined;
  // the page carries the first basis's sums; another basis is summed from the records, fetched when it is chosen
  const otherBasis = chosenBasis !== undefined && chosenBasis !== view?.firstBasis?.basis;
  const records = useQuery({ ...pageProjectsQueryOptions(filters), enabled: otherBasis });
  const amounts = !otherBasis ? (view?.firstBasis ?? null) : records.data && chosenBasis ? basisAmounts(records.data.data, chosenBasis) : null;
  const amountsBySector = amounts?.bySector ?? [];
  const amountsByCountry = amounts?.byCountry ?? { rows: [], multiCountry: 0 };

  return (
    <>
      <ProjectFilterBar csvHref={projectsUrl(filters, "csv")} />
      {query.isError && !query.data ? (
        <>
          <ErrorState error={query.error} />
          {lead}
        </>
      ) : !view ? (
        <ChartSkeleton label={t("page.loading")} />
      ) : view.count === 0 ? (
        <>
          <EmptyState>{t("view.empty")}</EmptyState>
          {lead}
        </>
      ) : (
        <>
          {/* the page's answer: how many records of each kind this selection holds */}
          <ul className="projects-headline" aria-label={t("headline.label")} data-testid="projects-count">
            <li className="card">
              <span className="value" data-headline>
                {view.count}
              </span>{" "}
              <span className="label">{t("headline.records", { count: view.count })}</span>
            </li>
            {PROJECT_KINDS.map((k) => {
              const count = view.byKind[k];
              return (
                <li key={k} className="card" style={{ ["--card-color" as string]: KIND_COLORS[k] }}>
                  <span className="value">{count}</span> <span className="label">{t(`headline.${k}`, { count })}</span>
                </li>
              );
            })}
          </ul>
          {lead}
          {view.noParty.length > 0 && (
            <p className="notice small" data-testid="no-chinese-party">
              {t.rich("view.noParty", {
                count: view.noParty.length,
                names: view.noParty.join("; "),
                en: (chunks) => <span lang="en">{chunks}</span>,
              })}
            </p>
          )}

          <section className="panel" aria-labelledby="map-title">
            <h2 id="map-title">{t("view.map")}</h2>
            <ProjectsMap filters={filters} unmapped={view.unmapped} />
          </section>

          <div className="grid">
            <section className="panel" aria-labelledby="by-sector-title">
              <h2 id="by-sector-title">{t("view.bySector")}</h2>
              <CountBarChart
                title={t("view.bySectorChart")}
                data={view.bySector}
                index="label"
                indexLabel={t("view.sectorColumn")}
                categories={kindCategories}
              />
            </section>
            <section className="panel" aria-labelledby="by-country-title">
              <h2 id="by-country-title">{t("view.byCountry")}</h2>
              <p className="small muted">{t("view.byCountryNote")}</p>
              <CountBarChart
                title={t("view.byCountryChart")}
                data={view.byCountry}
                index="label"
                indexLabel={t("view.countryColumn")}
                categories={kindCategories}
              />
            </section>
          </div>

          <section className="panel" aria-labelledby="amounts-title">
            <h2 id="amounts-title">{t("view.amounts")}</h2>
            <p className="small muted">
              {t("view.amountsNote")} {t("view.bases", { count: view.bases.length })}
            </p>
            {view.bases.length === 0 || !chosenBasis ? (
              <EmptyState>{t("view.noAmount")}</EmptyState>
            ) : (
              <>
                <label className="small">
                  {t("view.basis")}{" "}
                  <select className="text-input" aria-label={t("view.basisLabel")} value={chosenBasis} onChange={(e) => setBasis(e.target.value)}>
                    {view.bases.map((b) => (
                      <option key={b.basis} value={b.basis} lang="en">
                        {b.basis.length > 70 ? `${b.basis.slice(0, 70)}…` : b.basis} ({b.count})
                      </option>
                    ))}
                  </select>
                </label>
                {!amounts ? (
                  records.isError ? (
                    <ErrorState error={records.error} />
                  ) : (
                    <ChartSkeleton label={t("page.loading")} />
                  )
                ) : (
                  <div className="grid amount-charts">
                    <CountBarChart
                      title={t("view.amountBySector", { basis: chosenBasis })}
                      data={amountsBySector.map((r) => ({ sector: label.sector(r.key as Sector), amount: r.value, records: r.count }))}
                      index="sector"
                      indexLabel={t("view.amountSectorColumn")}
                      categories={[{ key: "amount", label: t("view.amountSeries"), color: "#1f5ea8" }]}
                      valueFormatter={bn}
                    />
                    <div>
                      <CountBarChart
                        title={t("view.amountByCountry", { basis: chosenBasis })}
                        data={amountsByCountry.rows.map((r) => ({ country: label.country(r.key), amount: r.value, records: r.count }))}
                        index="country"
                        indexLabel={t("view.amountCountryColumn")}
                        categories={[{ key: "amount", label: t("view.amountSeries"), color: "#2a9d8f" }]}
                        valueFormatter={bn}
                      />
                      {amountsByCountry.multiCountry > 0 && (
                        <p className="small muted">{t("view.multiCountry", { count: amountsByCountry.multiCountry })}</p>
                      )}
                    </div>
                  </div>
                )}
              </>
            )}
          </section>

          <section className="panel" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t("view.timeline")}</h2>
            <p className="small muted">
              {t("view.timelineNote")} {view.timeline.undated > 0 && t("view.undated", { count: view.timeline.undated })}
            </p>
            <CountBarChart
              title={t("view.timelineChart")}
              data={view.timeline.rows}
              index="year"
              indexLabel={t("view.yearColumn")}
              categories={kindCategories}
              layout="horizontal"
            />
          </section>

          <section className="panel" aria-labelledby="table-title">
            <h2 id="table-title">{t("view.allRecords")}</h2>
            <ProjectsTable filters={filters} firstRows={view.firstRows} total={view.count} sources={view.sources} />
          </section>
          <ul className="small muted">
            {view.notes.map((n) => {
              const key = locale === "en" ? undefined : NOTE_KEYS.find(([start]) => n.startsWith(start))?.[1];
              return key ? (
                <li key={n}>{t.rich(`notes.${key}`, { en: (chunks) => <span lang="en">{chunks}</span> })}</li>
              ) : (
                <li key={n} lang={locale === "en" ? undefined : "en"}>
                  {n}
                </li>
              );
            })}
          </ul>
          <SourcesPanel sources={query.data?.sources ?? []} />
          {query.data && (
            <ViewShare
              title={tShare("projectsTitle")}
              sources={query.data.sources}
              csvHref={projectsUrl(filters, "csv")}
              packagePath="/api/v1/package/projects.zip"
            />
          )}
        </>
      )}
    </>
  );
}
