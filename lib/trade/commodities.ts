import type { Db } from "../core/db/client";
import type { Prisma } from "../generated/prisma-sqlite/client";
import { ALL_GOODS } from "../core/reference/codes";
import { commodityWhere } from "./queries";
import { COMMODITY_ANY_HS, type TopCommoditiesQuery, type TopCommoditiesResponse } from "./schemas";

export interface TopCommoditiesFilters {
  partner: string[];
  reporter: string;
  flow: "china_exports" | "china_imports";
  commodity: string[];
  from: number | null;
  to: number | null;
  period: "full" | "month";
  limit: number;
  /** generated benchmark rows are left out unless asked for, as on /api/v1/trade */
  synthetic: "exclude" | "include";
}

export function resolveTopCommoditiesFilters(q: TopCommoditiesQuery, defaultPartners: readonly string[]): TopCommoditiesFilters {
  return {
    partner: q.partner ?? [...defaultPartners],
    reporter: q.reporter,
    flow: q.flow,
    commodity: q.commodity ?? [COMMODITY_ANY_HS],
    from: q.from ?? q.to ?? null,
    to: q.to ?? q.from ?? null,
    period: q.period,
    limit: q.limit,
    synthetic: q.synthetic,
  };
}

function baseWhere(db: Db, f: TopCommoditiesFilters): Prisma.TradeObservationWhereInput {
  return {
    partnerIso3: { in: f.partner },
    // "partner": each partner's own statistics
    reporterCode: f.reporter === "partner" ? { equals: db.tradeObservation.fields.partnerIso3 } : f.reporter,
    flow: f.flow,
    periodKind: f.period === "full" ? "full_year" : "month",
    ...(f.synthetic === "include" ? {} : { synthetic: false }),
  };
}

/**
 * The HS codes with the largest value for one reporter and flow: a GROUP BY
 * over the (partner, commodity, periodKind, year) index, so the cost follows
 * the number of codes and years asked for, not the size of the table. With
 * no years given, the latest year that has commodity data is used.
 */
export async function findTopCommodities(db: Db, filters: TopCommoditiesFilters): Promise<TopCommoditiesResponse> {
  const base = baseWhere(db, filters);
  const goods = commodityWhere(filters.commodity);
  const f = { ...filters };
  if (f.from === null || f.to === null) {
    const latest = await db.tradeObservation.findFirst({
      where: { ...base, commodity: { not: ALL_GOODS } },
      orderBy: { year: "desc" },
      select: { year: true },
    });
    if (!latest) return { data: [], meta: { count: 0, totalUsd: null, filters: f as unknown as Record<string, unknown>, synthetic: false } };
    f.from = f.to = latest.year;
  }
  const years = { year: { gte: f.from!, lte: f.to! } };
  const [groups, total, synthetic] = await Promise.all([
    db.tradeObservation.groupBy({
      by: ["commodity"],
      where: { ...base, ...years, AND: [goods ?? {}, { commodity: { not: ALL_GOODS } }] },
      _sum: { valueUsd: true },
      _count: { _all: true },
      orderBy: [{ _sum: { valueUsd: "desc" } }, { commodity: "asc" }],
      take: f.limit,
    }),
    db.tradeObservation.aggregate({ where: { ...base, ...years, commodity: ALL_GOODS }, _sum: { valueUsd: true } }),
    db.tradeObservation.findFirst({ where: { ...base, ...years, synthetic: true }, select: { id: true } }),
  ]);
  const totalUsd = total._sum.valueUsd ?? null;
  const data = groups.map((g, i) => {
    const valueUsd = g._sum.valueUsd ?? 0;
    return {
      rank: i + 1,
      commodity: g.commodity,
      valueUsd,
      sharePct: totalUsd ? Math.round((valueUsd / totalUsd) * 10000) / 100 : null,
      observations: g._count._all,
    };
  });
  return { data, meta: { count: data.length, totalUsd, filters: f as unknown as Record<string, unknown>, synthetic: synthetic !== null } };
}
