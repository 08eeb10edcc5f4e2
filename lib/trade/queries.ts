import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma-sqlite/client";
import type { SourceRef, TradeFilters, TradeResponse, TradeRow } from "./schemas";

const PERIOD_KINDS_BY_FILTER: Record<TradeFilters["period"], string[] | null> = {
  full: ["full_year"],
  part: ["part_year"],
  month: ["month"],
  all: null,
};

export function tradeWhere(db: Db, f: TradeFilters): Prisma.TradeObservationWhereInput {
  const where: Prisma.TradeObservationWhereInput = {
    partnerIso3: { in: f.partner },
    flow: { in: f.flow },
    commodity: "TOTAL",
  };
  const kinds = PERIOD_KINDS_BY_FILTER[f.period];
  if (kinds) where.periodKind = { in: kinds };
  if (f.from !== null || f.to !== null) {
    where.year = { ...(f.from !== null ? { gte: f.from } : {}), ...(f.to !== null ? { lte: f.to } : {}) };
  }
  if (f.reporter) {
    const codes = f.reporter.filter((r) => r !== "partner");
    const alternatives: Prisma.TradeObservationWhereInput[] = [];
    if (codes.length) alternatives.push({ reporterCode: { in: codes } });
    // "partner": each partner's own statistics, i.e. reporter = partner
    if (f.reporter.includes("partner")) alternatives.push({ reporterCode: { equals: db.tradeObservation.fields.partnerIso3 } });
    where.OR = alternatives;
  }
  return where;
}

/** The API's order: partner, year, period, reporter, flow; then source for a stable tie-break. */
export const TRADE_ORDER: Prisma.TradeObservationOrderByWithRelationInput[] = [
  { partnerIso3: "asc" },
  { year: "asc" },
  { period: "asc" },
  { reporterCode: "asc" },
  { flow: "asc" },
  { sourceId: "asc" },
  { id: "asc" },
];

const ROW_SELECT = {
  id: true,
  year: true,
  period: true,
  periodKind: true,
  partnerIso3: true,
  reporterCode: true,
  flow: true,
  valueUsd: true,
  sourceId: true,
  derivation: true,
  note: true,
  _count: { select: { revisions: true } },
} satisfies Prisma.TradeObservationSelect;

type SelectedRow = Prisma.TradeObservationGetPayload<{ select: typeof ROW_SELECT }>;

/** Database row → API row, in one place. */
function toTradeRow(row: SelectedRow): TradeRow {
  return {
    year: row.year,
    period: row.period,
    periodKind: row.periodKind as TradeRow["periodKind"],
    partner: row.partnerIso3,
    reporter: row.reporterCode,
    flow: row.flow as TradeRow["flow"],
    valueUsd: row.valueUsd,
    sourceId: row.sourceId,
    derivation: row.derivation,
    note: row.note,
    revised: row._count.revisions > 0,
  };
}

const SOURCE_SELECT = { id: true, publisher: true, title: true, url: true, licence: true, methodNote: true, priority: true } as const;

export async function findTrade(db: Db, filters: TradeFilters): Promise<TradeResponse> {
  const rows = await db.tradeObservation.findMany({ where: tradeWhere(db, filters), orderBy: TRADE_ORDER, select: ROW_SELECT });
  const data = rows.map(toTradeRow);
  const sourceIds = [...new Set(data.map((r) => r.sourceId))];
  const sources: SourceRef[] = sourceIds.length
    ? await db.source.findMany({ where: { id: { in: sourceIds } }, select: SOURCE_SELECT, orderBy: { id: "asc" } })
    : [];
  return { data, sources, meta: { count: data.length, filters } };
}

export type TradeRowWithSource = TradeRow & { source: SourceRef };

/**
 * The same rows as findTrade, in the same order, fetched in keyset pages so
 * memory stays flat whatever the row count (for CSV).
 */
export async function* iterateTrade(db: Db, filters: TradeFilters, pageSize = 2000): AsyncGenerator<TradeRowWithSource> {
  const where = tradeWhere(db, filters);
  const sources = new Map<string, SourceRef>();
  let cursor: number | undefined;
  for (;;) {
    const page = await db.tradeObservation.findMany({
      where,
      orderBy: TRADE_ORDER,
      select: ROW_SELECT,
      take: pageSize,
      ...(cursor !== undefined ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    const missing = [...new Set(page.map((r) => r.sourceId))].filter((id) => !sources.has(id));
    if (missing.length) {
      for (const s of await db.source.findMany({ where: { id: { in: missing } }, select: SOURCE_SELECT })) sources.set(s.id, s);
    }
    for (const row of page) yield { ...toTradeRow(row), source: sources.get(row.sourceId)! };
    if (page.length < pageSize) return;
    cursor = page[page.length - 1]!.id;
  }
}

export async function listSources(db: Db): Promise<(SourceRef & { observationCount: number })[]> {
  const rows = await db.source.findMany({
    select: { ...SOURCE_SELECT, _count: { select: { observations: true } } },
    orderBy: [{ priority: "asc" }, { id: "asc" }],
  });
  return rows.map(({ _count, ...s }) => ({ ...s, observationCount: _count.observations }));
}

export async function listCountries(db: Db) {
  const rows = await db.country.findMany({ orderBy: { sortOrder: "asc" } });
  return rows.map((c) => ({ iso3: c.iso3, name: c.name, isAggregate: c.isAggregate }));
}

/** Changes whenever a seed or an import changes data. */
export async function getDataVersion(db: Db): Promise<number> {
  const row = await db.dataVersion.findUnique({ where: { id: 1 } });
  return row?.version ?? 0;
}
