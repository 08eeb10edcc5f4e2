import type { PeriodKind } from "./reference/codes";

export interface ParsedPeriod {
  year: number;
  period: string;
  periodKind: PeriodKind;
}

/**
 * Reads a period label: "2024" (full year), "2023H1", "2024Q3", "2024M1-11"
 * (part-years), "2024M03" (a month). Part-years are never mistaken for a
 * full year. Returns null for anything else.
 */
export function parsePeriod(label: string): ParsedPeriod | null {
  const match = /^(\d{4})(?:(H[12])|(Q[1-4])|M(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(label.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const [, , half, quarter, monthFrom, monthTo] = match;
  if (half || quarter) return { year, period: `${year}${half ?? quarter}`, periodKind: "part_year" };
  if (monthFrom === undefined) return { year, period: String(year), periodKind: "full_year" };
  const from = Number(monthFrom);
  if (from < 1 || from > 12) return null;
  if (monthTo === undefined) {
    return { year, period: `${year}M${String(from).padStart(2, "0")}`, periodKind: "month" };
  }
  const to = Number(monthTo);
  if (to <= from || to > 12) return null;
  if (from === 1 && to === 12) return { year, period: String(year), periodKind: "full_year" };
  return { year, period: `${year}M${from}-${to}`, periodKind: "part_year" };
}
