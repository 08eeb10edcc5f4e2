// One SELECT's rows straight from the database driver, in batches, from one
// consistent snapshot: for exports of millions of rows, where the ORM's cost
// per call and per row would be most of the time (docs/benchmarks.md).
//
// SQLite: a read-only better-sqlite3 connection of its own iterates the
// prepared statement; in WAL mode (lib/core/db/schema-engine.ts) that read
// sees the last commit before it began and never blocks an import.
// PostgreSQL: a server-side cursor in a REPEATABLE READ, READ ONLY
// transaction on a connection of its own, fetched a batch at a time, so
// memory stays flat whatever the size.
import Database from "better-sqlite3";
import pg from "pg";
import type { Prisma } from "./client";
import type { DatabaseConfig } from "./database-url";

/**
 * A reader that stops asking (a response nobody reads, a stalled client) must
 * not hold a connection, a transaction and its snapshot for ever: after this
 * long without a request for the next batch the connection is closed and the
 * stream ends with an error.
 */
export const STREAM_IDLE_MS = 20_000;

export interface StreamOptions {
  /**
   * Each row as an array of its columns in the SELECT's order rather than an
   * object keyed by column name: no per-row object with 14 named properties,
   * for readers that know the column order (the CSV export).
   */
  arrays?: boolean;
}

export async function* streamRows<Row>(
  config: DatabaseConfig,
  query: Prisma.Sql,
  batchSize = 5000,
  options: StreamOptions = {},
): AsyncGenerator<Row[]> {
  if (config.provider === "sqlite") {
    const db = new Database(config.filePath, { readonly: true, fileMustExist: true });
    const statement = db.prepare(query.sql);
    if (options.arrays) statement.raw(true);
    const rows = statement.iterate(...(query.values as unknown[])) as IterableIterator<Row>;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      rows.return?.();
      db.close();
    };
    try {
      let batch: Row[] = [];
      for (const row of rows) {
        batch.push(row);
        if (batch.length === batchSize) {
          yield* idleGuarded(batch, close);
          if (closed) throw new Error(`the export was closed after ${STREAM_IDLE_MS / 1000} s without a reader`);
          batch = [];
        }
      }
      if (batch.length) yield batch;
    } finally {
      close();
    }
    return;
  }
  const client = new pg.Client({
    connectionString: config.url,
    ...(config.schema ? { options: `-c search_path="${config.schema.replace(/"/g, '""')}"` } : {}),
  });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query({ text: `DECLARE caravan_rows NO SCROLL CURSOR FOR ${query.text}`, values: query.values as unknown[] });
    const fetch = `FETCH ${Math.max(1, Math.floor(batchSize))} FROM caravan_rows`;
    const nextBatch = () => {
      const batch: Promise<{ rows: unknown[] }> = options.arrays ? client.query({ text: fetch, rowMode: "array" }) : client.query(fetch);
      // a reader that stops early leaves one FETCH unanswered when the connection closes
      batch.catch(() => {});
      return batch;
    };
    // One FETCH ahead: the server reads and formats the next batch while the reader writes this
    // one, instead of idling while it is written and then costing a round trip and its own work.
    let pending = nextBatch();
    for (;;) {
      const { rows } = await pending;
      const more = rows.length >= batchSize;
      if (more) pending = nextBatch();
      if (rows.length) yield* idleGuarded(rows as Row[], () => void client.end().catch(() => {}));
      if (!more) break;
    }
    await client.query("COMMIT");
  } finally {
    await client.end().catch(() => {});
  }
}

/** Yields one batch; closes the connection if the reader takes longer than STREAM_IDLE_MS to come back. */
async function* idleGuarded<Row>(batch: Row[], close: () => void): AsyncGenerator<Row[]> {
  const timer = setTimeout(close, STREAM_IDLE_MS);
  timer.unref();
  try {
    yield batch;
  } finally {
    clearTimeout(timer);
  }
}
