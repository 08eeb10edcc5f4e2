// The whole-table CSV export, written as text straight from the driver's
// rows. iterateTrade builds a TradeRowWithSource object per row and
// csvResponse then escapes its 19 columns one at a time; at ten million rows
// that JavaScript per row, not the database, was most of the export's time
// (docs/benchmarks.md). Here each row arrives as an array, the columns that
// repeat (a source's id, publisher, title and URL; a partner's or reporter's
// code and name) are escaped once per value, and a record is one string
// concatenation. The bytes are the generic writer's with TRADE_CSV_COLUMNS:
// tests/scale/csv-export.test.ts holds the two to each other.
import { configOf, Prisma, type Db } from "../core/db/client";
import { streamRows } from "../core/db/row-stream";
import { csvField, type CsvColumn, type SelfRenderingRows } from "../core/http/csv-writer";
import { COUNTRY_NAMES, isSeriesReporter, REPORTER_NAMES } from "../core/reference/codes";
import { TRADE_CSV_COLUMNS } from "./csv-columns";
import { outranks, type SourceRank } from "./preferred";
import { INDEX_ORDER_SQL, iterateTrade, listSourceRefs, tradeFilterSql, type TradeRowWithSource } from "./queries";
import type { TradeFilters } from "./schemas";

const sql = Prisma.sql;

/**
 * Rows per batch from the driver. On PostgreSQL each batch is one FETCH round
 * trip, so it is as large as the row API's cursor (on a loaded machine 500 was
 * slower); on SQLite the size made no measurable difference to speed or memory.
 */
const EXPORT_BATCH_ROWS = 5000;
/** Text handed on at a time: about the writer's own chunk size. */
const CHUNK_CHARS = 65_536;

// The columns in the order the record is written; the indexes below name them.
const EXPORT_COLUMNS = [
  "year",
  "period",
  "periodKind",
  "partnerIso3",
  "reporterCode",
  "flow",
  "commodity",
  "valueUsd",
  "sourceId",
  "derivation",
  "note",
  "synthetic",
  "revised",
] as const;
const column = (name: (typeof EXPORT_COLUMNS)[number]) => EXPORT_COLUMNS.indexOf(name);
const YEAR = column("year");
const PERIOD = column("period");
const PERIOD_KIND = column("periodKind");
const PARTNER = column("partnerIso3");
const REPORTER = column("reporterCode");
const FLOW = column("flow");
const COMMODITY = column("commodity");
const VALUE = column("valueUsd");
const SOURCE = column("sourceId");
const DERIVATION = column("derivation");
const NOTE = column("note");
const SYNTHETIC = column("synthetic");
const REVISED = column("revised");

const EXPORT_SQL_COLUMNS = Prisma.raw(
  EXPORT_COLUMNS.map((name) =>
    name === "revised" ? `EXISTS (SELECT 1 FROM "ObservationRevision" r WHERE r."observationId" = t."id") AS "revised"` : `t."${name}"`,
  ).join(", "),
);

type ExportRow = unknown[];

/** SQLite hands booleans back as 0/1 (sometimes BigInt), PostgreSQL as booleans: the same test as the API rows'. */
const truthy = (value: unknown) => value === true || value === 1 || value === 1n || value === "1" || value === "t" || value === "true";

/**
 * The trade route's CSV rows: iterable as TradeRowWithSource objects (what
 * the generic writer and the data package read), and able to write
 * themselves as text when asked for exactly TRADE_CSV_COLUMNS.
 */
export function tradeCsvRows(db: Db, filters: TradeFilters): SelfRenderingRows<TradeRowWithSource> {
  return {
    [Symbol.asyncIterator]: () => iterateTrade(db, filters),
    renderCsv: (columns: readonly CsvColumn<TradeRowWithSource>[]) => (columns === TRADE_CSV_COLUMNS ? renderTradeCsv(db, filters) : null),
  };
}

/**
 * The records of TRADE_CSV_COLUMNS (no header), in iterateTrade's rows and
 * order, as chunks of text. The preferred figure of each competition is
 * marked by lib/trade/preferred.ts's rule (outranks; only a series reporter's
 * figure can be preferred), on the same grouping as PreferredMarker: a
 * competition's rows are next to each other in this order, so one group's
 * records wait for its last row and memory stays flat.
 */
export async function* renderTradeCsv(db: Db, filters: TradeFilters, batchSize = EXPORT_BATCH_ROWS): AsyncGenerator<string> {
  const sources = await listSourceRefs(db);
  // a source's four columns, escaped once, and its rank for the preferred figure
  const sourceOf = new Map(
    sources.map((s) => [s.id, { text: [s.id, s.publisher, s.title, s.url].map(csvField).join(","), rank: { priority: s.priority, sourceId: s.id } }]),
  );
  const partnerText = cachedText((code) => `${csvField(code)},${csvField(COUNTRY_NAMES[code])}`);
  const reporterText = cachedText((code) => `${csvField(code)},${csvField(REPORTER_NAMES[code])}`);
  const fieldText = cachedText(csvField);
  const text = (value: unknown) => (typeof value === "string" ? fieldText(value) : "");
  const keep = keptByPreferred(filters);

  // the current competition: its first row (the key), its records without the preferred field, its best so far
  let first: ExportRow | null = null;
  let records: string[] = [];
  let best = 0;
  let bestRank: SourceRank | null = null;
  let out = "";
  const flush = () => {
    if (!first) return;
    const eligible = isSeriesReporter(first[REPORTER] as string);
    for (let i = 0; i < records.length; i++) {
      const preferred = eligible && i === best;
      if (keep(preferred)) out += records[i] + (preferred ? "true\r\n" : "false\r\n");
    }
    first = null;
    records = [];
  };

  const query = sql`SELECT ${EXPORT_SQL_COLUMNS} FROM "TradeObservation" t WHERE ${tradeFilterSql(filters)} ORDER BY ${INDEX_ORDER_SQL}`;
  for await (const batch of exportBatches(db, query, batchSize)) {
    for (const row of batch) {
      const sourceId = row[SOURCE] as string;
      const source = sourceOf.get(sourceId);
      // the foreign key rules this out; iterateTrade would fail on it too
      if (source === undefined) throw new Error(`trade row with unknown source ${sourceId}`);
      const rank = source.rank;
      if (!first || !sameCompetition(first, row)) {
        flush();
        first = row;
        best = 0;
        bestRank = rank;
      } else if (outranks(rank, bestRank!)) {
        best = records.length;
        bestRank = rank;
      }
      records.push(
        `${Number(row[YEAR])},${text(row[PERIOD])},${text(row[PERIOD_KIND])},${partnerText(row[PARTNER] as string)},${reporterText(row[REPORTER] as string)},${text(row[FLOW])},${text(row[COMMODITY])},${csvField(Number(row[VALUE]))},${source.text},${text(row[DERIVATION])},${text(row[NOTE])},${truthy(row[REVISED])},${truthy(row[SYNTHETIC])},`,
      );
      if (out.length >= CHUNK_CHARS) {
        yield out;
        out = "";
      }
    }
    if (out) {
      yield out;
      out = "";
    }
  }
  flush();
  if (out) yield out;
}

/** The same test as PreferredMarker's: reporter, partner, period, flow and goods. */
function sameCompetition(a: ExportRow, b: ExportRow): boolean {
  return a[PARTNER] === b[PARTNER] && a[PERIOD] === b[PERIOD] && a[REPORTER] === b[REPORTER] && a[FLOW] === b[FLOW] && a[COMMODITY] === b[COMMODITY];
}

function keptByPreferred(f: TradeFilters): (preferred: boolean) => boolean {
  if (f.preferred === true) return (preferred) => preferred;
  if (f.preferred === false) return (preferred) => !preferred;
  return () => true;
}

/** A value's CSV text, computed once per distinct value (codes, periods, notes repeat across millions of rows). */
function cachedText(render: (value: string) => string, limit = 50_000): (value: string) => string {
  const cache = new Map<string, string>();
  return (value) => {
    let encoded = cache.get(value);
    if (encoded === undefined) {
      encoded = render(value);
      if (cache.size < limit && value.length <= 200) cache.set(value, encoded);
    }
    return encoded;
  };
}

async function* exportBatches(db: Db, query: Prisma.Sql, batchSize: number): AsyncGenerator<ExportRow[]> {
  const config = configOf(db);
  // An in-memory SQLite database has no file a second connection could open.
  if (config.provider === "sqlite" && config.filePath === ":memory:") {
    const rows = await db.$queryRaw<Record<string, unknown>[]>(query);
    yield rows.map((row) => EXPORT_COLUMNS.map((column) => row[column]));
    return;
  }
  yield* streamRows<ExportRow>(config, query, batchSize, { arrays: true });
}
