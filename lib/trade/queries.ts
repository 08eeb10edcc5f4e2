import { configOf, type Db } from "../core/db/client";
import { getDataVersion } from "../core/db/data-version";
import { readRows } from "../core/db/driver-reads";
import { streamRows } from "../core/db/row-stream";
import { Prisma } from "../generated/prisma-sqlite/client";
import { ALL_GOODS, isSeriesReporter, PERIOD_KINDS } from "../core/reference/codes";
import { COMMODITY_ALL, type TradeFilters, type TradeResponse, type TradeRow } from "./schemas";
import { asSourceKind, type SourceRef } from "../core/sources";
import { markPreferred, PreferredMarker, UNKNOWN_SOURCE_PRIORITY } from "./preferred";

/** HS codes have at most six digits; a prefix range ends at the prefix padded with 9s. */
const HS_CODE_MAX_DIGITS = 6;

const PERIOD_KINDS_BY_FILTER: Record<TradeFilters["period"], string[] | null> = {
  full: ["full_year"],
  part: ["part_year"],
  month: ["month"],
  // every kind, listed so the (partner, periodKind, year) index stays usable
  all: [...PERIOD_KINDS],
};

/**
 * The commodity condition: TOTAL (default) only the all-goods totals; "all"
 * none; exact codes; and "27*" as the range "27" ≤ code ≤ "279999", which an
 * index can seek (LIKE cannot, on SQLite or a non-C collation).
 */
export function commodityWhere(codes: string[] | undefined): Prisma.TradeObservationWhereInput | null {
  const list = codes?.length ? codes : [ALL_GOODS];
  if (list.includes(COMMODITY_ALL)) return null;
  const exact = list.filter((c) => !c.endsWith("*"));
  const alternatives: Prisma.TradeObservationWhereInput[] = [];
  if (exact.length) alternatives.push({ commodity: exact.length === 1 ? exact[0]! : { in: exact } });
  for (const code of list.filter((c) => c.endsWith("*"))) {
    const prefix = code.slice(0, -1);
    alternatives.push({ commodity: { gte: prefix, lte: prefix + "9".repeat(HS_CODE_MAX_DIGITS - prefix.length) } });
  }
  return alternatives.length === 1 ? alternatives[0]! : { OR: alternatives };
}

/**
 * The filter for Prisma-built queries. `preferred` is not a row condition (it
 * depends on the other figures of the same competition), so callers that
 * need it pick with lib/trade/preferred.ts themselves, as findMirror does.
 */
export function tradeWhere(db: Db, f: TradeFilters): Prisma.TradeObservationWhereInput {
  const where: Prisma.TradeObservationWhereInput = {
    partnerIso3: { in: f.partner },
    flow: { in: f.flow },
  };
  if (f.synthetic !== "include") where.synthetic = false;
  const and: Prisma.TradeObservationWhereInput[] = [];
  const commodity = commodityWhere(f.commodity);
  if (commodity) and.push(commodity);
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
    and.push(alternatives.length === 1 ? alternatives[0]! : { OR: alternatives });
  }
  if (and.length) where.AND = and;
  return where;
}

/** The API's order: partner, year, period, reporter, flow, commodity; then source for a stable tie-break. */
export const TRADE_ORDER: Prisma.TradeObservationOrderByWithRelationInput[] = [
  { partnerIso3: "asc" },
  { year: "asc" },
  { period: "asc" },
  { reporterCode: "asc" },
  { flow: "asc" },
  { commodity: "asc" },
  { sourceId: "asc" },
  { id: "asc" },
];

export const SOURCE_SELECT = {
  id: true,
  publisher: true,
  title: true,
  url: true,
  licence: true,
  methodNote: true,
  priority: true,
  kind: true,
} as const;

// The API's hot paths (findTrade, iterateTrade, getDataVersion) run as SQL
// straight through the driver (lib/core/db/driver-reads.ts, row-stream.ts):
// Prisma 7's per-call query planning cost 3–4× the time of the query itself
// here, and even $queryRaw's own work several times a SQLite read (see
// docs/benchmarks.md). tradeWhere above stays the
// filter for Prisma-built queries (mirror, coverage); tradeFilterSql is the
// same filter in SQL, and the tests hold the two to the same rows.
const sql = Prisma.sql;
const inList = (column: Prisma.Sql, values: readonly string[]) => (values.length ? sql`${column} IN (${Prisma.join(values)})` : sql`1 = 0`);

export function tradeFilterSql(f: TradeFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [inList(sql`t."partnerIso3"`, f.partner), inList(sql`t."flow"`, f.flow)];
  const kinds = PERIOD_KINDS_BY_FILTER[f.period];
  if (kinds) parts.push(inList(sql`t."periodKind"`, kinds));
  if (f.from !== null) parts.push(sql`t."year" >= ${f.from}`);
  if (f.to !== null) parts.push(sql`t."year" <= ${f.to}`);
  // absent means exclude: generated rows reach only a caller that asks for them
  if (f.synthetic !== "include") parts.push(sql`NOT t."synthetic"`);
  const codes = f.commodity?.length ? f.commodity : [ALL_GOODS];
  if (!codes.includes(COMMODITY_ALL)) {
    const alternatives: Prisma.Sql[] = [];
    const exact = codes.filter((c) => !c.endsWith("*"));
    if (exact.length) alternatives.push(inList(sql`t."commodity"`, exact));
    for (const code of codes.filter((c) => c.endsWith("*"))) {
      const prefix = code.slice(0, -1);
      alternatives.push(sql`(t."commodity" >= ${prefix} AND t."commodity" <= ${prefix + "9".repeat(HS_CODE_MAX_DIGITS - prefix.length)})`);
    }
    parts.push(alternatives.length === 1 ? alternatives[0]! : sql`(${Prisma.join(alternatives, " OR ")})`);
  }
  if (f.reporter) {
    const alternatives: Prisma.Sql[] = [];
    const codes = f.reporter.filter((r) => r !== "partner");
    if (codes.length) alternatives.push(inList(sql`t."reporterCode"`, codes));
    if (f.reporter.includes("partner")) alternatives.push(sql`t."reporterCode" = t."partnerIso3"`);
    parts.push(alternatives.length === 1 ? alternatives[0]! : sql`(${Prisma.join(alternatives, " OR ")})`);
  }
  return Prisma.join(parts, " AND ");
}

const ROW_COLUMNS = sql`t."id", t."year", t."period", t."periodKind", t."partnerIso3", t."reporterCode", t."flow", t."commodity", t."valueUsd",
  t."sourceId", t."derivation", t."note", t."synthetic",
  EXISTS (SELECT 1 FROM "ObservationRevision" r WHERE r."observationId" = t."id") AS "revised"`;

const ORDER_SQL = sql`t."partnerIso3", t."year", t."period", t."reporterCode", t."flow", t."commodity", t."sourceId", t."id"`;

interface RawRow {
  id: number | bigint;
  year: number | bigint;
  period: string;
  periodKind: string;
  partnerIso3: string;
  reporterCode: string;
  flow: string;
  commodity: string;
  valueUsd: number;
  sourceId: string;
  derivation: string | null;
  note: string | null;
  synthetic: unknown;
  revised: unknown;
}

/** SQLite hands booleans back as 0/1 (sometimes BigInt), PostgreSQL as booleans. */
const truthy = (value: unknown) => value === true || value === 1 || value === 1n || value === "1" || value === "t" || value === "true";

/** Database row → API row, in one place. */
function toTradeRow(row: RawRow): TradeRow {
  return {
    year: Number(row.year),
    period: row.period,
    periodKind: row.periodKind as TradeRow["periodKind"],
    partner: row.partnerIso3,
    reporter: row.reporterCode,
    flow: row.flow as TradeRow["flow"],
    commodity: row.commodity,
    valueUsd: Number(row.valueUsd),
    sourceId: row.sourceId,
    derivation: row.derivation,
    note: row.note,
    revised: truthy(row.revised),
    synthetic: truthy(row.synthetic),
    preferred: false, // set by markPreferred, which sees the row's competitors
  };
}

// Which figure is preferred is decided here, in the API's order, rather than
// by a window function in SQL: the rule stays the one in lib/trade/preferred.ts
// (so it cannot drift from the mirror view's or depend on a database's string
// collation for the source-id tie-break), and it costs one pass over rows
// already fetched. Every filter condition is a function of the competition key
// (partner, period, reporter, flow, commodity) or is `synthetic`, so a result
// always holds all of a competition's figures, next to each other in order.
function preferredMarker<T extends TradeRow>(priorityOf: (sourceId: string) => number): PreferredMarker<T> {
  return new PreferredMarker<T>(
    (r) => ({
      partner: r.partner,
      period: r.period,
      reporter: r.reporter,
      flow: r.flow,
      commodity: r.commodity ?? ALL_GOODS,
      priority: priorityOf(r.sourceId),
      sourceId: r.sourceId,
    }),
    // the rows are this module's own, fresh from toTradeRow: set in place
    (r, preferred) => {
      r.preferred = preferred;
      return r;
    },
    (r) => isSeriesReporter(r.reporter),
  );
}

function wantPreferred(f: TradeFilters): (row: TradeRow) => boolean {
  if (f.preferred === true) return (row) => row.preferred === true;
  if (f.preferred === false) return (row) => row.preferred !== true;
  return () => true;
}

type RawSource = Omit<SourceRef, "priority" | "kind"> & { priority: number | bigint; kind: string | null };

const toSourceRef = (s: RawSource): SourceRef => ({ ...s, priority: Number(s.priority), kind: asSourceKind(s.kind) });

const SOURCE_COLUMNS = sql`"id", "publisher", "title", "url", "licence", "methodNote", "priority", "kind"`;

/** The sources of these ids, in the database's order of ids. */
async function findSources(db: Db, ids: string[]): Promise<SourceRef[]> {
  if (!ids.length) return [];
  const rows = await readRows<RawSource>(db, sql`SELECT ${SOURCE_COLUMNS} FROM "Source" WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id"`);
  return rows.map(toSourceRef);
}

interface SourcesAtVersion {
  version: number;
  /** every source, in the database's order of ids (as findSources returns them) */
  list: SourceRef[];
  ids: Set<string>;
}

// Sources change only with a seed or an import, and each of those bumps the
// data version in the same transaction (lib/core/db/data-version.ts), so the
// whole table, read once per version, stands in for a second query per
// request. The version is read afresh every time (microseconds on SQLite),
// so an import on any instance is seen by the next request here. On
// globalThis so every route bundle shares it; per client, as tests make many.
const globalForSources = globalThis as unknown as { caravanSourcesByDb?: WeakMap<Db, SourcesAtVersion> };

async function sourcesAtCurrentVersion(db: Db): Promise<SourcesAtVersion> {
  const cache = (globalForSources.caravanSourcesByDb ??= new WeakMap());
  const version = await getDataVersion(db);
  const cached = cache.get(db);
  if (cached?.version === version) return cached;
  const list = (await readRows<RawSource>(db, sql`SELECT ${SOURCE_COLUMNS} FROM "Source" ORDER BY "id"`)).map(toSourceRef);
  const loaded = { version, list, ids: new Set(list.map((s) => s.id)) };
  // a slower request of an older version must not replace a newer one's list
  if (!cached || cached.version < version) cache.set(db, loaded);
  return loaded;
}

/** The one SELECT behind findTrade (also the benchmark's driver-level ceiling runs exactly this). */
export function tradeRowsSql(filters: TradeFilters): Prisma.Sql {
  return sql`SELECT ${ROW_COLUMNS} FROM "TradeObservation" t WHERE ${tradeFilterSql(filters)} ORDER BY ${ORDER_SQL}`;
}

export async function findTrade(db: Db, filters: TradeFilters): Promise<TradeResponse> {
  const [rows, known] = await Promise.all([readRows<RawRow>(db, tradeRowsSql(filters)), sourcesAtCurrentVersion(db)]);
  const ids = [...new Set(rows.map((r) => r.sourceId))];
  // An import that committed between the version read and the rows' query can
  // bring a source the list lacks: then this request asks for its own.
  const all = ids.every((id) => known.ids.has(id)) ? known.list : await findSources(db, ids);
  const priority = new Map(all.map((s) => [s.id, s.priority]));
  const marker = preferredMarker<TradeRow>((id) => priority.get(id) ?? UNKNOWN_SOURCE_PRIORITY);
  const data = markPreferred(rows.map(toTradeRow), marker).filter(wantPreferred(filters));
  // exactly the sources the rows sent point to
  const cited = new Set(data.map((r) => r.sourceId));
  const sources = all.filter((s) => cited.has(s.id));
  return { data, sources, meta: { count: data.length, filters } };
}

export type TradeRowWithSource = TradeRow & { source: SourceRef };

/**
 * The same rows as findTrade, in the same order, for CSV, streamed from the
 * driver (lib/core/db/row-stream.ts): one query, one snapshot, a batch at a
 * time, so memory stays flat at ten million rows and the ORM costs nothing
 * per row. The order is the unique index's (partner, period, reporter, flow,
 * commodity, source), which is the API's order because every period label
 * starts with its four-digit year, so the database walks the index instead
 * of sorting.
 */
export async function* iterateTrade(db: Db, filters: TradeFilters, batchSize = 5000): AsyncGenerator<TradeRowWithSource> {
  const sources = new Map((await listSourceRefs(db)).map((s) => [s.id, s]));
  const marker = preferredMarker<TradeRowWithSource>((id) => sources.get(id)?.priority ?? UNKNOWN_SOURCE_PRIORITY);
  const wanted = wantPreferred(filters);
  const query = sql`SELECT ${ROW_COLUMNS} FROM "TradeObservation" t WHERE ${tradeFilterSql(filters)} ORDER BY ${INDEX_ORDER_SQL}`;
  const config = configOf(db);
  // An in-memory SQLite database has no file a second connection could open.
  const batches: AsyncIterable<RawRow[]> | RawRow[][] =
    config.provider === "sqlite" && config.filePath === ":memory:"
      ? [await db.$queryRaw<RawRow[]>(query)]
      : streamRows<RawRow>(config, query, batchSize);
  for await (const batch of batches) {
    // a competition can straddle two batches: the marker holds it until it ends
    for (const row of batch) for (const done of marker.push({ ...toTradeRow(row), source: sources.get(row.sourceId)! })) if (wanted(done)) yield done;
  }
  for (const done of marker.flush()) if (wanted(done)) yield done;
}

export const INDEX_ORDER_SQL = sql`t."partnerIso3", t."period", t."reporterCode", t."flow", t."commodity", t."sourceId"`;

/** Every source, in id order: the list findTrade keeps per data version (one copy of the query and its mapping). */
export async function listSourceRefs(db: Db): Promise<SourceRef[]> {
  return (await sourcesAtCurrentVersion(db)).list;
}

export async function listSources(db: Db): Promise<(SourceRef & { observationCount: number })[]> {
  const rows = await db.source.findMany({
    select: { ...SOURCE_SELECT, _count: { select: { observations: true } } },
    orderBy: [{ priority: "asc" }, { id: "asc" }],
  });
  return rows.map(({ _count, ...s }) => ({ ...s, kind: asSourceKind(s.kind), observationCount: _count.observations }));
}

export async function listCountries(db: Db) {
  const rows = await db.country.findMany({ orderBy: { sortOrder: "asc" } });
  return rows.map((c) => ({ iso3: c.iso3, name: c.name, isAggregate: c.isAggregate }));
}

/** Changes whenever a seed or an import changes data. */
