// The dashboard's filters, kept in the URL in OWID Grapher's form
// (?country=KAZ~UZB&time=2015..2024&reporter=CHN~partner&flow=turnover);
// only values that differ from the defaults appear. Shared by server pages
// (nuqs createLoader) and client controls (useQueryStates). Browser-safe.
import { createParser, parseAsArrayOf, parseAsStringLiteral } from "nuqs/server";
import { CENTRAL_ASIA, FLOWS, MAX_YEAR, MIN_YEAR, REGION_CODE, type Flow, type PartnerIso3 } from "../core/reference/codes";
import { REPORTER_FILTER_VALUES, type ReporterFilter, type TradeFilters } from "./schemas";

export interface YearRange {
  from: number | null;
  to: number | null;
}

function parseYear(text: string): number | null | undefined {
  if (text === "") return null;
  if (!/^\d{4}$/.test(text)) return undefined;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** "2015..2024", "2015..", "..2024" or "2020" (one year). */
export function parseTimeRange(value: string): YearRange | null {
  const [fromText, toText, ...rest] = value.includes("..") ? value.split("..") : [value, value];
  if (rest.length || fromText === undefined || toText === undefined) return null;
  const from = parseYear(fromText);
  const to = parseYear(toText);
  if (from === undefined || to === undefined || (from === null && to === null)) return null;
  if (from !== null && to !== null && from > to) return null;
  return { from, to };
}

export function serializeTimeRange({ from, to }: YearRange): string {
  return `${from ?? ""}..${to ?? ""}`;
}

const ALL_YEARS: YearRange = { from: null, to: null };

export const dashboardFilterParsers = {
  country: parseAsArrayOf(parseAsStringLiteral(CENTRAL_ASIA), "~").withDefault([...CENTRAL_ASIA]),
  time: createParser({ parse: parseTimeRange, serialize: serializeTimeRange, eq: (a, b) => a.from === b.from && a.to === b.to }).withDefault(ALL_YEARS),
  reporter: parseAsArrayOf(parseAsStringLiteral(REPORTER_FILTER_VALUES), "~").withDefault([]),
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
 */
export function toTradeFilters(f: DashboardFilters, options: { withRegionTotals?: boolean; allFlows?: boolean } = {}): TradeFilters {
  const partner = [...CENTRAL_ASIA.filter((c) => f.country.includes(c))] as TradeFilters["partner"];
  if (options.withRegionTotals && allFiveSelected(f)) partner.push(REGION_CODE);
  return {
    partner,
    reporter: f.reporter.length ? f.reporter : null,
    flow: options.allFlows ? [...FLOWS] : f.flow.length ? f.flow : [...FLOWS],
    from: f.time.from,
    to: f.time.to,
    period: "full",
  };
}
