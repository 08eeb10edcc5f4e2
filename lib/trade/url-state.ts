// The dashboard's filters, kept in the URL in OWID Grapher's form
// (?country=KAZ~UZB&time=2015..2024&reporter=CHN~partner&flow=turnover);
// only values that differ from the defaults appear. Shared by server pages
// (nuqs createLoader) and client controls (useQueryStates). Browser-safe.
import { parseAsArrayOf, parseAsStringLiteral } from "nuqs/server";
import { ALL_YEARS, timeRangeParser, type YearRange } from "../core/time-range";
import { CENTRAL_ASIA, FLOWS, REGION_CODE, REPORTER_CODES, type Flow, type PartnerIso3 } from "../core/reference/codes";
// types only: schemas.ts would bring zod into every page's JavaScript
import type { ReporterFilter, TradeFilters } from "./schemas";

/** REPORTER_FILTER_VALUES of schemas.ts, built from the same codes without importing zod's module. */
export const REPORTER_FILTERS: readonly ReporterFilter[] = [...REPORTER_CODES, "partner"];

export const dashboardFilterParsers = {
  country: parseAsArrayOf(parseAsStringLiteral(CENTRAL_ASIA), "~").withDefault([...CENTRAL_ASIA]),
  time: timeRangeParser,
  reporter: parseAsArrayOf(parseAsStringLiteral(REPORTER_FILTERS), "~").withDefault([]),
  flow: parseAsArrayOf(parseAsStringLiteral(FLOWS), "~").withDefault(["turnover"]),
};

export interface DashboardFilters {
  country: PartnerIso3[];
  time: YearRange;
  /** empty = every reporter */
  reporter: ReporterFilter[];
  flow: Flow[];
}

export const DEFAULT_DASHBOARD_FILTERS: DashboardFilters = {
  country: [...CENTRAL_ASIA],
  time: ALL_YEARS,
  reporter: [],
  flow: ["turnover"],
};

export function allFiveSelected(f: Pick<DashboardFilters, "country">): boolean {
  return CENTRAL_ASIA.every((c) => f.country.includes(c));
}

/**
 * The API query behind a dashboard view. With all five countries selected the
 * published region totals (CA5) come too, for the overview's total line.
 * `seriesOnly`: only the figures the series use (the API's preferred=true),
 * for the charts; a view's CSV keeps every figure.
 */
export function toTradeFilters(
  f: DashboardFilters,
  options: { withRegionTotals?: boolean; allFlows?: boolean; seriesOnly?: boolean } = {},
): TradeFilters {
  const partner = [...CENTRAL_ASIA.filter((c) => f.country.includes(c))] as TradeFilters["partner"];
  if (options.withRegionTotals && allFiveSelected(f)) partner.push(REGION_CODE);
  return {
    partner,
    reporter: f.reporter.length ? f.reporter : null,
    flow: options.allFlows ? [...FLOWS] : f.flow.length ? f.flow : [...FLOWS],
    from: f.time.from,
    to: f.time.to,
    period: "full",
    // the charts draw each reporter's preferred figure only: the others would travel in the page for nothing
    ...(options.seriesOnly ? { preferred: true } : {}),
  };
}
