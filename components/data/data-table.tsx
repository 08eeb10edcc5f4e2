"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ViewShare } from "@/components/share/view-share";
import { Fragment, useMemo, useState, type ReactNode } from "react";
import { useTradeLabels } from "@/components/dashboard/trade-labels";
import { FilterBarSheet } from "@/components/filters/filter-bar";
import { useDashboardFilters } from "@/components/filters/use-dashboard-filters";
import { ChartSkeleton, EmptyState, ErrorState } from "@/components/states/states";
import { Pager, RowsLoading, TableSearch, useAllRowsWanted, usePaged } from "@/components/tables/pager";
import { matchesQuery } from "@/components/tables/table-search";
import { describeMissing } from "@/lib/trade/chart-missing";
import { sortTradeRows, type SortDirection, type SortKey } from "@/lib/trade/table-sort";
import { indexSources } from "@/lib/trade/series";
import { notePartsOf } from "@/lib/trade/published-note";
import { coverageQueryOptions, tradeQueryOptions, tradeTableSummaryQueryOptions, tradeUrl } from "@/lib/trade/query-options";
import { TRADE_TABLE_PAGE_SIZE } from "@/lib/trade/table-summary";
import { toTradeFilters } from "@/lib/trade/url-state";
import { formatUsdBn, formatUsdFull } from "@/lib/core/format";
import { COUNTRY_NAMES, FLOW_LABELS, reporterLabel } from "@/lib/core/reference/codes";

const COLUMNS: { key: SortKey; numeric?: boolean }[] = [
  { key: "partner" },
  { key: "year" },
  { key: "reporter" },
  { key: "flow" },
  { key: "valueUsd", numeric: true },
  { key: "sourceId" },
];

/** `lead`: the page's introduction, placed after the headline figures (the answer comes first). */
export function DataTable({ lead }: { lead?: ReactNode }) {
  const [filters] = useDashboardFilters();
  const t = useTranslations("data");
  const tOverview = useTranslations("overview");
  const tShare = useTranslations("share.view");
  const labels = useTradeLabels();
  const { locale } = labels;
  const tradeFilters = toTradeFilters(filters);
  // the page carries the headline counts and the first page of rows; the table fetches every figure when a reader nears it
  const summary = useQuery({ ...tradeTableSummaryQueryOptions(tradeFilters), placeholderData: (previous) => previous });
  const coverage = useQuery(coverageQueryOptions());
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection } | null>(null);
  const [search, setSearch] = useState("");
  const [tableRef, allWanted, wantAll] = useAllRowsWanted<HTMLDivElement>();
  const trade = useQuery({ ...tradeQueryOptions(tradeFilters), enabled: allWanted });
  const figures = trade.data?.data ?? null;
  const sources = useMemo(() => indexSources(summary.data?.sources ?? []), [summary.data]);

  // search and sort run over every row of the view; only the page shown is rendered
  const rows = useMemo(() => {
    if (!figures) return summary.data?.firstRows ?? [];
    const found = search.trim()
      ? figures.filter((r) =>
          matchesQuery(
            [
              labels.country(r.partner),
              r.period,
              labels.reporter(r.reporter),
              labels.flow(r.flow),
              sources.get(r.sourceId)?.publisher ?? r.sourceId,
              r.derivation,
              r.note,
              // in another language the English names find a row too
              ...(locale === "en" ? [] : [COUNTRY_NAMES[r.partner], reporterLabel(r.reporter), FLOW_LABELS[r.flow]]),
            ]
              .filter(Boolean)
              .join(" "),
            search,
          ),
        )
      : figures;
    return sort ? sortTradeRows(found, sort.key, sort.direction) : found;
  }, [figures, summary.data, sources, search, sort, labels, locale]);
  const total = summary.data?.total ?? 0;
  const paged = usePaged(rows, TRADE_TABLE_PAGE_SIZE, { total: figures ? rows.length : total, onSetPage: wantAll });
  // until every figure is here, only the first page in the API's order can be shown
  const waiting = !figures && (search.trim() !== "" || sort !== null || paged.page > 0);
  const years = summary.data?.years ?? null;

  const missing = coverage.data
    ? describeMissing(
        coverage.data.data,
        {
          partners: filters.country,
          reporters: filters.reporter.length ? filters.reporter : ["CHN", "partner"],
          flows: filters.flow,
          from: filters.time.from,
          to: filters.time.to,
        },
        labels.missingWords,
      )
    : [];

  return (
    <>
      {years && summary.data && (
        <section className="cards compact" aria-label={t("headlines.label")}>
          <div className="card" data-headline="">
            <div className="label">{t("headlines.figures")}</div>
            <div className="value">{total}</div>
          </div>
          <div className="card">
            <div className="label">{t("headlines.years")}</div>
            <div className="value">{years.first === years.last ? years.first : `${years.first}–${years.last}`}</div>
          </div>
          <div className="card">
            <div className="label">{t("headlines.sources")}</div>
            <div className="value">{summary.data.sourceCount}</div>
          </div>
        </section>
      )}
      <FilterBarSheet csvHref={tradeUrl(tradeFilters, "csv")} />
      {lead}
      {summary.data && (
        <ViewShare
          title={tShare("dataTitle")}
          sources={summary.data.sources}
          uses={summary.data.uses}
          csvHref={tradeUrl(tradeFilters, "csv")}
          packagePath="/api/v1/package/trade.zip"
        />
      )}
      {summary.isError && !summary.data ? (
        <ErrorState error={summary.error} />
      ) : !summary.data ? (
        <ChartSkeleton label={tOverview("loadingFigures")} />
      ) : total === 0 ? (
        <EmptyState>{t("empty", { missing: missing.slice(0, 6).join(" ") })}</EmptyState>
      ) : (
        <section className="panel">
          <p className="small muted" data-testid="row-count">
            {search.trim() && figures
              ? t("countSearch", { shown: String(rows.length), total: String(total) })
              : t("count", { total, totalText: String(total) })}{" "}
            {t("countNote")}
          </p>
          <TableSearch
            label={t("search")}
            value={search}
            onChange={(value) => {
              setSearch(value);
              paged.setPage(0);
            }}
          />
          <div className="table-wrap" ref={tableRef}>
            <table className="data" data-testid="data-table">
              <caption>{t("caption")}</caption>
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
                          {t(`columns.${c.key}`)} {active ? (sort.direction === "asc" ? "▲" : "▼") : ""}
                        </button>
                      </th>
                    );
                  })}
                  <th scope="col">{t("columns.note")}</th>
                </tr>
              </thead>
              <tbody>
                {(waiting ? [] : paged.rows).map((r) => {
                  const source = sources.get(r.sourceId);
                  return (
                    <tr key={`${r.partner}-${r.period}-${r.reporter}-${r.flow}-${r.sourceId}`}>
                      <td>{labels.country(r.partner)}</td>
                      <td>{r.period}</td>
                      <td>{labels.reporter(r.reporter)}</td>
                      <td>{labels.flow(r.flow)}</td>
                      <td className="num" title={formatUsdFull(r.valueUsd, locale)}>
                        {formatUsdBn(r.valueUsd, 3, locale)}
                        {r.revised && (
                          <>
                            {" "}
                            <span className="badge partly_supported">{t("revised")}</span>
                          </>
                        )}
                      </td>
                      <td className="small">
                        {source ? (
                          <a href={source.url} target="_blank" rel="noopener noreferrer" lang="en">
                            {source.publisher}
                          </a>
                        ) : (
                          r.sourceId
                        )}
                      </td>
                      <td className="small muted">
                        <FigureNote derivation={r.derivation} note={r.note} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {waiting && (trade.isError ? <ErrorState error={trade.error} /> : <RowsLoading />)}
          {!waiting && rows.length === 0 && <EmptyState>{t("noMatch")}</EmptyState>}
          <Pager paged={paged} label={t("pager")} />
        </section>
      )}
    </>
  );
}

/**
 * A figure's note: how it was computed, and what the collector wrote down (the
 * side the page named, a remark, the page's own words). The labels are in the
 * page's language; what the collector and the page wrote is English and marked so.
 * In English the text is the derivation and the note joined by ". ", as written.
 */
function FigureNote({ derivation, note }: { derivation?: string | null; note?: string | null }) {
  const t = useTranslations("data");
  const { derivation: translateDerivation } = useTradeLabels();
  const parts: ReactNode[] = [];
  if (derivation) parts.push(t("computed", { derivation: translateDerivation(derivation) }));
  const published = notePartsOf(note);
  if (published) {
    parts.push(t.rich("reportedAs", { side: published.reportingSide, en: (chunks) => <span lang="en">{chunks}</span> }));
    if (published.remark) parts.push(<span lang="en">{published.remark}</span>);
    if (published.quote !== null && published.quote !== undefined)
      parts.push(t.rich("quote", { quote: published.quote, q: (chunks) => <span lang="en">{chunks}</span> }));
  } else if (note) {
    parts.push(<span lang="en">{note}</span>);
  }
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && ". "}
          {part}
        </Fragment>
      ))}
    </>
  );
}
