import type { Db } from "../core/db/client";

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

export async function findCoverage(db: Db): Promise<TradeCoverage> {
  const groups = await db.tradeObservation.groupBy({
    by: ["partnerIso3", "reporterCode", "flow"],
    where: { periodKind: "full_year", commodity: "TOTAL", synthetic: false },
    _min: { year: true },
    _max: { year: true },
    _count: { _all: true },
    orderBy: [{ partnerIso3: "asc" }, { reporterCode: "asc" }, { flow: "asc" }],
  });
  return {
    data: groups.map((g) => ({
      partner: g.partnerIso3,
      reporter: g.reporterCode,
      flow: g.flow,
      firstYear: g._min.year ?? 0,
      lastYear: g._max.year ?? 0,
      count: g._count._all,
    })),
  };
}
