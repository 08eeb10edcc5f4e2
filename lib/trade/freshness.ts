// How fresh the stored figures are: the latest period each reporter has, the
// first and last full year with any real figure, and when the data last
// changed. Pages and controls follow these instead of hard-coded years.
import { z } from "zod";
import type { Db } from "../core/db/client";
import type { Exactly } from "../core/http/openapi";
import { ALL_GOODS } from "../core/reference/codes";

export const reporterLatestSchema = z.object({
  reporter: z.string().describe("Who published the figures (UNSTATED included: it is no series, but its figures are shown)"),
  fullYear: z.number().int().nullable().describe("The last full year with an all-goods figure; null when none"),
  partYear: z.string().nullable().describe('The part-year period that ends latest (e.g. "2025M1-11"); null when none'),
});
export type ReporterLatest = z.infer<typeof reporterLatestSchema>;

export const dataFreshnessSchema = z.object({
  years: z
    .object({ first: z.number().int(), last: z.number().int() })
    .nullable()
    .describe("First and last full year with any real all-goods figure, whoever reported it; null when there is none"),
  latest: z.array(reporterLatestSchema).describe("Per reporter, in code order"),
  loadedAt: z.string().nullable().describe("ISO 8601 time the data last changed (seed or import); null before the first"),
});
export type DataFreshness = z.infer<typeof dataFreshnessSchema>;

/** The month a part-year label ends in: 2023H1 → 6, 2024Q3 → 9, 2024M1-11 → 11. */
export function partYearEndMonth(period: string): number {
  const match = /^\d{4}(?:H([12])|Q([1-4])|M\d{1,2}-(\d{1,2}))$/.exec(period);
  if (!match) return 0;
  const [, half, quarter, lastMonth] = match;
  if (half) return Number(half) * 6;
  if (quarter) return Number(quarter) * 3;
  return Number(lastMonth);
}

/** Real (not synthetic) all-goods figures: what a chart can plot. */
const REAL_TOTALS = { commodity: ALL_GOODS, synthetic: false } as const;

export async function findFreshness(db: Db): Promise<DataFreshness> {
  const [fullYears, partYears, version] = await Promise.all([
    db.tradeObservation.groupBy({
      by: ["reporterCode"],
      where: { ...REAL_TOTALS, periodKind: "full_year" },
      _min: { year: true },
      _max: { year: true },
      orderBy: { reporterCode: "asc" },
    }),
    // distinct part-year labels per reporter: a few dozen, ranked here
    // because their text does not sort by the month they end in
    db.tradeObservation.groupBy({
      by: ["reporterCode", "year", "period"],
      where: { ...REAL_TOTALS, periodKind: "part_year" },
      orderBy: [{ reporterCode: "asc" }, { year: "asc" }, { period: "asc" }],
    }),
    db.dataVersion.findUnique({ where: { id: 1 }, select: { changedAt: true } }),
  ]);
  const latest = new Map<string, ReporterLatest>();
  const entry = (reporter: string) => latest.get(reporter) ?? latest.set(reporter, { reporter, fullYear: null, partYear: null }).get(reporter)!;
  for (const g of fullYears) entry(g.reporterCode).fullYear = g._max.year;
  const partRank = new Map<string, [number, number]>();
  for (const g of partYears) {
    const rank: [number, number] = [g.year, partYearEndMonth(g.period)];
    const best = partRank.get(g.reporterCode);
    if (!best || rank[0] > best[0] || (rank[0] === best[0] && rank[1] > best[1])) {
      partRank.set(g.reporterCode, rank);
      entry(g.reporterCode).partYear = g.period;
    }
  }
  const firsts = fullYears.map((g) => g._min.year).filter((y): y is number => y !== null);
  const lasts = fullYears.map((g) => g._max.year).filter((y): y is number => y !== null);
  return {
    years: firsts.length ? { first: Math.min(...firsts), last: Math.max(...lasts) } : null,
    latest: [...latest.values()].sort((a, b) => (a.reporter < b.reporter ? -1 : a.reporter > b.reporter ? 1 : 0)),
    loadedAt: version?.changedAt.toISOString() ?? null,
  };
}

true satisfies Exactly<z.infer<typeof dataFreshnessSchema>, DataFreshness>;
