"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { FilterBar } from "@/components/filters/filter-bar";
import { useDashboardFilters } from "@/components/filters/use-dashboard-filters";
import { ChartSkeleton, EmptyState, ErrorState } from "@/components/states/states";
import { Pager, TableSearch, usePaged } from "@/components/tables/pager";
import { matchesQuery } from "@/components/tables/table-search";
import { describeMissing } from "@/lib/trade/chart-missing";
import { sortTradeRows, type SortDirection, type SortKey } from "@/lib/trade/table-sort";
import { indexSources } from "@/lib/trade/series";
import { reporterLabel } from "@/lib/core/reference/codes";
import { coverageQueryOptions, tradeQueryOptions, tradeUrl } from "@/lib/trade/query-options";
import { toTradeFilters } from "@/lib/trade/url-state";
import { formatUsdBn, formatUsdFull } from "@/lib/core/format";
import { COUNTRY_NAMES, FLOW_LABELS } from "@/lib/core/reference/codes";

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: "partner", label: "Country" },
  { key: "year", label: "Year" },
  { key: "reporter", label: "Reporter" },
  { key: "flow", label: "Flow" },
  { key: "valueUsd", label: "Value (US$)", numeric: true },
  { key: "sourceId", label: "Source" },
];

/** Rows on one page: the HTML and the hydration carry these, never the whole table. */
const PAGE_SIZE = 25;

export function DataTable() {
  const [filters] = useDashboardFilters();
  const tradeFilters = toTradeFilters(filters);
  const trade = useQuery({ ...tradeQueryOptions(tradeFilters), placeholderData: (previous) => previous });
  const coverage = useQuery(coverageQueryOptions());
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection } | null>(null);
  const [search, setSearch] = useState("");
  const sources = useMemo(() => indexSources(trade.data?.sources ?? []), [trade.data]);

  // search and sort run over every row of the view; only the page shown is rendered
  const rows = useMemo(() => {
    if (!trade.data) return [];
    const found = search.trim()
      ? trade.data.data.filter((r) =>
          matchesQuery(
            [
              COUNTRY_NAMES[r.partner] ?? r.partner,
              r.period,
              reporterLabel(r.reporter),
              FLOW_LABELS[r.flow],
              sources.get(r.sourceId)?.publisher ?? r.sourceId,
              r.derivation,
              r.note,
            ]
              .filter(Boolean)
              .join(" "),
            search,
          ),
        )
      : trade.data.data;
    return sort ? sortTradeRows(found, sort.key, sort.direction) : found;
  }, [trade.data, sources, search, sort]);
  const paged = usePaged(rows, PAGE_SIZE);
  const total = trade.data?.data.length ?? 0;

  const missing = coverage.data
    ? describeMissing(coverage.data.data, {
        partners: filters.country,
        reporters: filters.reporter.length ? filters.reporter : ["CHN", "partner"],
        flows: filters.flow,
        from: filters.time.from,
        to: filters.time.to,
      })
    : [];

  return (
    <>
      <FilterBar csvHref={tradeUrl(tradeFilters, "csv")} />
      {trade.isError && !trade.data ? (
        <ErrorState error={trade.error} />
      ) : !trade.data ? (
        <ChartSkeleton label="Loading figures…" />
      ) : total === 0 ? (
        <EmptyState>No figures match these filters. {missing.slice(0, 6).join(" ")}</EmptyState>
      ) : (
        <section className="panel">
          <p className="small muted" data-testid="row-count">
            {search.trim() ? `${rows.length} of ${total} figures match the search.` : `${total} figures.`} Every figure as published, including
            several figures for the same year from one reporter when different sources give them; the charts use the most authoritative one. The CSV
            has every one of them.
          </p>
          <TableSearch
            label="Search the figures"
            value={search}
            onChange={(value) => {
              setSearch(value);
              paged.setPage(0);
            }}
          />
          <div className="table-wrap">
            <table className="data" data-testid="data-table">
              <caption>Trade observations for the current filters; click a column heading to sort</caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => {
                    const active = sort?.key === c.key;
                    return (
                      <th
                        key={c.key}
                        scope="col"
                        className={c.numeric ? "num" : undefined}
                        aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
                      >
                        <button
                          type="button"
                          onClick={() => {
                            setSort({ key: c.key, direction: active && sort.direction === "asc" ? "desc" : "asc" });
                            paged.setPage(0);
                          }}
                        >
                          {c.label} {active ? (sort.direction === "asc" ? "▲" : "▼") : ""}
                        </button>
                      </th>
                    );
                  })}
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {paged.rows.map((r) => {
                  const source = sources.get(r.sourceId);
                  return (
                    <tr key={`${r.partner}-${r.period}-${r.reporter}-${r.flow}-${r.sourceId}`}>
                      <td>{COUNTRY_NAMES[r.partner] ?? r.partner}</td>
                      <td>{r.period}</td>
                      <td>{reporterLabel(r.reporter)}</td>
                      <td>{FLOW_LABELS[r.flow]}</td>
                      <td className="num" title={formatUsdFull(r.valueUsd)}>
                        {formatUsdBn(r.valueUsd, 3)}
                        {r.revised && (
                          <>
                            {" "}
                            <span className="badge partly_supported">revised</span>
                          </>
                        )}
                      </td>
                      <td className="small">
                        {source ? (
                          <a href={source.url} target="_blank" rel="noopener noreferrer">
                            {source.publisher}
                          </a>
                        ) : (
                          r.sourceId
                        )}
                      </td>
                      <td className="small muted">{[r.derivation ? `computed: ${r.derivation}` : null, r.note].filter(Boolean).join(". ")}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {rows.length === 0 && <EmptyState>No figure in this view matches the search.</EmptyState>}
          <Pager paged={paged} label="Figures" />
        </section>
      )}
    </>
  );
}
