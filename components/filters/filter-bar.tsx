"use client";

import { CENTRAL_ASIA, FLOWS, type Flow, type PartnerIso3 } from "@/lib/core/reference/codes";
import type { ReporterFilter } from "@/lib/trade/schemas";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { coverageQueryOptions } from "@/lib/trade/query-options";
import { useDashboardFilters } from "./use-dashboard-filters";
import { FilterSheet } from "./filter-sheet";
import { useFilterSummary } from "./filter-summary";
import { YearInput } from "./year-input";

const REPORTER_OPTIONS: ReporterFilter[] = ["CHN", "partner", "EDB", "COW"];

interface FilterBarProps {
  show?: { country?: boolean; time?: boolean; reporter?: boolean; flow?: boolean };
  /** the CSV of exactly this view */
  csvHref?: string;
  /** a page's own control, first in the bar (the country pages' choice of country) */
  leading?: ReactNode;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * The filter bar behind one compact control on a phone (FilterSheet), with a
 * summary of what is selected; open in the page on a wide screen.
 * `summaryLead`: words put first in the summary (the country a page is about).
 */
export function FilterBarSheet({ summaryLead, ...props }: FilterBarProps & { summaryLead?: string }) {
  const [filters] = useDashboardFilters();
  const summarize = useFilterSummary();
  const { country = true, time = true, reporter = true, flow = true } = props.show ?? {};
  const summary = summarize({
    country: country ? filters.country : undefined,
    time: time ? filters.time : undefined,
    reporter: reporter ? filters.reporter : undefined,
    flow: flow ? filters.flow : undefined,
  });
  return (
    <FilterSheet summary={summaryLead ? `${summaryLead} · ${summary}` : summary}>
      <FilterBar {...props} />
    </FilterSheet>
  );
}

export function FilterBar({ show = {}, csvHref, leading }: FilterBarProps) {
  const [filters, setFilters] = useDashboardFilters();
  // the years the data covers, as the year boxes' placeholders: they follow the data, never a hard-coded range
  const yearExtent = useQuery(coverageQueryOptions()).data?.meta.years ?? undefined;
  const { country = true, time = true, reporter = true, flow = true } = show;
  const t = useTranslations("filters");
  const tRef = useTranslations("reference");
  const reporterName = (value: ReporterFilter) =>
    value === "partner" ? t("reporterPartner") : value === "EDB" ? tRef("reporters.EDB") : tRef(`reporterShort.${value}`);
  return (
    <section className="filters" aria-label={t("label")}>
      {leading}
      {country && (
        <fieldset>
          <legend>{t("country")}</legend>
          <div className="chips">
            {CENTRAL_ASIA.map((iso3) => (
              <label className="chip" key={iso3}>
                <input
                  type="checkbox"
                  checked={filters.country.includes(iso3)}
                  // at least one country stays selected
                  disabled={filters.country.length === 1 && filters.country.includes(iso3)}
                  onChange={() => void setFilters({ country: toggle<PartnerIso3>(filters.country, iso3) })}
                />
                {tRef(`countries.${iso3}`)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {time && (
        <>
          <YearInput
            id="year-from-year"
            label={t("fromYear")}
            value={filters.time.from}
            placeholder={yearExtent?.first}
            onCommit={(from) =>
              void setFilters({ time: { from, to: filters.time.to !== null && from !== null && from > filters.time.to ? from : filters.time.to } })
            }
          />
          <YearInput
            id="year-to-year"
            label={t("toYear")}
            value={filters.time.to}
            placeholder={yearExtent?.last}
            onCommit={(to) =>
              void setFilters({ time: { to, from: filters.time.from !== null && to !== null && to < filters.time.from ? to : filters.time.from } })
            }
          />
        </>
      )}
      {reporter && (
        <fieldset>
          <legend>{t("reporter")}</legend>
          <div className="chips">
            {REPORTER_OPTIONS.map((option) => (
              <label className="chip" key={option}>
                <input
                  type="checkbox"
                  checked={filters.reporter.length === 0 || filters.reporter.includes(option)}
                  onChange={() => {
                    const current = filters.reporter.length === 0 ? REPORTER_OPTIONS : filters.reporter;
                    const next = toggle(current, option);
                    // all or none ticked both mean "every reporter"
                    void setFilters({ reporter: next.length === REPORTER_OPTIONS.length || next.length === 0 ? [] : next });
                  }}
                />
                {reporterName(option)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {flow && (
        <fieldset>
          <legend>{t("flow")}</legend>
          <div className="chips">
            {FLOWS.map((f) => (
              <label className="chip" key={f}>
                <input
                  type="checkbox"
                  checked={filters.flow.includes(f)}
                  disabled={filters.flow.length === 1 && filters.flow.includes(f)}
                  onChange={() => void setFilters({ flow: toggle<Flow>(filters.flow, f) })}
                />
                {tRef(`flows.${f}`)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {csvHref && (
        <a className="button" href={csvHref} download>
          {t("downloadCsv")}
        </a>
      )}
    </section>
  );
}
