// Counts and amounts for the projects page's charts. Counts are additive;
// amounts only within one amount basis (a Chinese loan and a total cost are
// not the same thing), so sums are always per basis. Browser-safe.
import { compareCodes, COUNTRY_NAMES } from "../core/reference/codes";
import type { ProjectBrief } from "./schemas";
import { PROJECT_KINDS, projectYear, type ProjectKind } from "./vocabulary";

export type CountRow = { key: string; label: string } & Record<ProjectKind, number>;

function emptyCounts(key: string, label: string): CountRow {
  return { key, label, named: 0, aei_deal: 0, pipeline: 0 };
}

/** Records per sector (or per country), split by kind so overlapping lists are never merged into one number. */
export function countsBy(rows: ProjectBrief[], by: "sector" | "country"): CountRow[] {
  const out = new Map<string, CountRow>();
  for (const p of rows) {
    const keys = by === "sector" ? [p.sector] : p.countries;
    for (const key of keys) {
      const row = out.get(key) ?? emptyCounts(key, by === "country" ? (COUNTRY_NAMES[key] ?? key) : key);
      row[p.kind] += 1;
      out.set(key, row);
    }
  }
  const total = (r: CountRow) => PROJECT_KINDS.reduce((s, k) => s + r[k], 0);
  return [...out.values()].sort((a, b) => total(b) - total(a) || compareCodes(a.key, b.key));
}

/** Sum of amounts per sector within one basis, with the number of records summed. */
export function sectorAmounts(
  rows: Pick<ProjectBrief, "sector" | "amountUsd" | "amountBasis">[],
  basis: string,
): { key: string; value: number; count: number }[] {
  const out = new Map<string, { key: string; value: number; count: number }>();
  for (const p of rows) {
    if (p.amountUsd === null || p.amountBasis !== basis) continue;
    const entry = out.get(p.sector) ?? { key: p.sector, value: 0, count: 0 };
    entry.value += p.amountUsd;
    entry.count += 1;
    out.set(p.sector, entry);
  }
  return [...out.values()].sort((a, b) => b.value - a.value);
}

/** Same, per country; a record spanning several countries cannot be split, so it is left out and counted. */
export function countryAmounts(
  rows: ProjectBrief[],
  basis: string,
): { rows: { key: string; label: string; value: number; count: number }[]; multiCountry: number } {
  const out = new Map<string, { key: string; label: string; value: number; count: number }>();
  let multiCountry = 0;
  for (const p of rows) {
    if (p.amountUsd === null || p.amountBasis !== basis) continue;
    if (p.countries.length !== 1) {
      multiCountry++;
      continue;
    }
    const key = p.countries[0]!;
    const entry = out.get(key) ?? { key, label: COUNTRY_NAMES[key] ?? key, value: 0, count: 0 };
    entry.value += p.amountUsd;
    entry.count += 1;
    out.set(key, entry);
  }
  return { rows: [...out.values()].sort((a, b) => b.value - a.value), multiCountry };
}

/** The amount bases present, most records first. */
export function amountBases(rows: ProjectBrief[]): { basis: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of rows) if (p.amountUsd !== null && p.amountBasis) counts.set(p.amountBasis, (counts.get(p.amountBasis) ?? 0) + 1);
  return [...counts].map(([basis, count]) => ({ basis, count })).sort((a, b) => b.count - a.count);
}

export type TimelineRow = { year: number } & Record<ProjectKind, number>;

/** Records per start year (or completion / planned year without one), by kind; every year in the span gets a row. */
export function timeline(rows: ProjectBrief[]): { rows: TimelineRow[]; undated: number } {
  const years = new Map<number, TimelineRow>();
  let undated = 0;
  for (const p of rows) {
    const year = projectYear(p);
    if (year === null) {
      undated++;
      continue;
    }
    const row = years.get(year) ?? { year, named: 0, aei_deal: 0, pipeline: 0 };
    row[p.kind] += 1;
    years.set(year, row);
  }
  if (years.size === 0) return { rows: [], undated };
  const first = Math.min(...years.keys());
  const last = Math.max(...years.keys());
  const out: TimelineRow[] = [];
  for (let y = first; y <= last; y++) out.push(years.get(y) ?? { year: y, named: 0, aei_deal: 0, pipeline: 0 });
  return { rows: out, undated };
}
