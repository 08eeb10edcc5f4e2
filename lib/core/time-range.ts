// One grammar for a span of years in page URLs, OWID Grapher's
// `time=2015..2024` ("2015..", "..2024", "2020" for one year); the API's
// from/to are the same span, converted in toTradeFilters/toProjectFilters.
// Browser-safe.
import { createParser } from "nuqs/server";
import { MAX_YEAR, MIN_YEAR } from "./reference/codes";

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

export const ALL_YEARS: YearRange = { from: null, to: null };

export const timeRangeParser = createParser({
  parse: parseTimeRange,
  serialize: serializeTimeRange,
  eq: (a, b) => a.from === b.from && a.to === b.to,
}).withDefault(ALL_YEARS);
