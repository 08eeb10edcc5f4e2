import type { Db } from "../core/db/client";
import { findFreshness, type DataFreshness } from "./freshness";

/** Which years each reporter covers for each partner and flow (full years), so empty views can say what is missing. */
export interface CoverageEntry {
  partner: string;
  reporter: string;
  flow: string;
  firstYear: number;
  lastYear: number;
  count: number;
}

export interface TradeCoverage {
  data: CoverageEntry[];
}

/**
 * The coverage response: the entries, and how fresh the data is (latest
 * period per reporter, year range, when it was loaded). TradeCoverage stays
 * the entries alone, so this only adds to what callers already read.
 */
export interface CoverageResponse extends TradeCoverage {
  meta: DataFreshness;
}

export async function findCoverage(db: Db): Promise<CoverageResponse> {
  const [groups, meta] = await Promise.all([
    db.tradeObservation.groupBy({
      by: ["partnerIso3", "reporterCode", "flow"],
      where: { periodKind: "full_year", commodity: "TOTAL", synthetic: false },
      _min: { year: true },
      _max: { year: true },
      _count: { _all: true },
      orderBy: [{ partnerIso3: "asc" }, { reporterCode: "asc" }, { flow: "asc" }],
    }),
    findFreshness(db),
  ]);
  return {
    data: groups.map((g) => ({
      partner: g.partnerIso3,
      reporter: g.reporterCode,
      flow: g.flow,
      firstYear: g._min.year ?? 0,
      lastYear: g._max.year ?? 0,
      count: g._count._all,
    })),
    meta,
  };
}
