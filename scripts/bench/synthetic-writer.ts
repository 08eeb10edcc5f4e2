// Writes the synthetic data set straight through the drivers (better-sqlite3
// prepared statements in one transaction; pg multi-row INSERT … SELECT FROM
// unnest(…) in one transaction): Prisma's per-row overhead would make 10M
// rows take an hour.
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "../../lib/core/db/database-url";
import { COUNTRIES, REPORTERS } from "../../lib/core/reference/codes";
import { SYNTHETIC_SOURCE, syntheticRows, type SyntheticPlan, type SyntheticRow } from "./synthetic";

export interface WriteResult {
  rows: number;
  deleted: number;
  seconds: number;
}

type Progress = (rowsWritten: number) => void;

export interface WriteOptions {
  onProgress?: Progress;
  /** Also create SCALE_INDEXES. */
  scaleIndexes?: boolean;
  /**
   * For a fresh benchmark database: drop the table's secondary indexes during
   * the load and rebuild them after (and, on PostgreSQL, skip the per-row
   * foreign-key triggers; the generator only writes valid keys). Several
   * times faster at millions of rows.
   */
  bulk?: boolean;
}

/**
 * Indexes the scale queries need beyond those in prisma/schema.prisma. None
 * at present: (partner, commodity, periodKind, year), which the recorded run
 * created here, is now in the schema (migration trade_commodity_index).
 */
export const SCALE_INDEXES: string[] = [];

const COLUMNS = [
  "partnerIso3",
  "year",
  "period",
  "periodKind",
  "reporterCode",
  "flow",
  "commodity",
  "valueUsd",
  "sourceId",
  "derivation",
  "synthetic",
  "createdAt",
  "updatedAt",
] as const;

export async function writeSynthetic(config: DatabaseConfig, plan: SyntheticPlan, options: WriteOptions = {}): Promise<WriteResult> {
  const started = performance.now();
  const result = config.provider === "sqlite" ? writeSqlite(config.filePath, plan, options) : await writePostgres(config, plan, options);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

function writeSqlite(file: string, plan: SyntheticPlan, options: WriteOptions) {
  const db = new Database(file);
  try {
    db.pragma("busy_timeout = 5000");
    db.pragma("synchronous = NORMAL");
    db.pragma("cache_size = -262144"); // 256 MiB page cache for the load
    const now = new Date().toISOString().replace("Z", "+00:00");
    const insert = db.prepare(
      `INSERT INTO "TradeObservation" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")})`,
    );
    let rows = 0;
    let deleted = 0;
    const indexes = options.bulk
      ? (db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'TradeObservation' AND sql IS NOT NULL`).all() as {
          name: string;
          sql: string;
        }[])
      : [];
    db.transaction(() => {
      ensureReferenceRowsSqlite(db);
      deleted = db.prepare(`DELETE FROM "TradeObservation" WHERE "sourceId" = ?`).run(SYNTHETIC_SOURCE.id).changes;
      for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
      for (const r of syntheticRows(plan)) {
        insert.run(
          r.partnerIso3,
          r.year,
          r.period,
          r.periodKind,
          r.reporterCode,
          r.flow,
          r.commodity,
          r.valueUsd,
          SYNTHETIC_SOURCE.id,
          r.derivation,
          1,
          now,
          now,
        );
        if (++rows % 250_000 === 0) options.onProgress?.(rows);
      }
      for (const index of indexes) db.exec(index.sql);
      bumpDataVersionSqlite(db, now);
    })();
    if (options.scaleIndexes) for (const sql of SCALE_INDEXES) db.exec(sql);
    db.exec("ANALYZE");
    return { rows, deleted };
  } finally {
    db.close();
  }
}

function ensureReferenceRowsSqlite(db: Database.Database) {
  const country = db.prepare(`INSERT OR IGNORE INTO "Country" ("iso3", "name", "isAggregate", "sortOrder") VALUES (?, ?, ?, ?)`);
  for (const c of COUNTRIES) country.run(c.iso3, c.name, c.isAggregate ? 1 : 0, c.sortOrder);
  const reporter = db.prepare(`INSERT OR IGNORE INTO "Reporter" ("code", "name", "kind", "countryIso3") VALUES (?, ?, ?, ?)`);
  for (const r of REPORTERS) reporter.run(r.code, r.name, r.kind, r.countryIso3);
  const s = SYNTHETIC_SOURCE;
  db.prepare(
    `INSERT INTO "Source" ("id", "publisher", "title", "url", "licence", "methodNote", "priority") VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT ("id") DO UPDATE SET "publisher" = excluded."publisher", "title" = excluded."title", "url" = excluded."url",
       "licence" = excluded."licence", "methodNote" = excluded."methodNote", "priority" = excluded."priority"`,
  ).run(s.id, s.publisher, s.title, s.url, s.licence, s.methodNote, s.priority);
}

function bumpDataVersionSqlite(db: Database.Database, now: string) {
  db.prepare(
    `INSERT INTO "DataVersion" ("id", "version", "changedAt") VALUES (1, 1, ?) ON CONFLICT ("id") DO UPDATE SET "version" = "version" + 1, "changedAt" = excluded."changedAt"`,
  ).run(now);
}

const PG_BATCH = 20_000;

async function writePostgres(config: Extract<DatabaseConfig, { provider: "postgresql" }>, plan: SyntheticPlan, options: WriteOptions) {
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    if (config.schema) await client.query(`SET search_path TO "${config.schema.replace(/"/g, '""')}"`);
    await client.query("BEGIN");
    await ensureReferenceRowsPostgres(client);
    const deleted = (await client.query(`DELETE FROM "TradeObservation" WHERE "sourceId" = $1`, [SYNTHETIC_SOURCE.id])).rowCount ?? 0;
    const indexes = options.bulk
      ? (
          await client.query<{ indexname: string; indexdef: string }>(
            `SELECT i.indexname, i.indexdef FROM pg_indexes i
             WHERE i.schemaname = current_schema() AND i.tablename = 'TradeObservation'
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p')`,
          )
        ).rows
      : [];
    if (options.bulk) {
      await client.query("SET LOCAL session_replication_role = replica");
      await client.query("SET LOCAL maintenance_work_mem = '512MB'");
      for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
    }
    let rows = 0;
    let batch: SyntheticRow[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const col = <K extends keyof SyntheticRow>(k: K) => batch.map((r) => r[k]);
      await client.query(
        `INSERT INTO "TradeObservation" ("partnerIso3", "year", "period", "periodKind", "reporterCode", "flow", "commodity", "valueUsd", "derivation", "sourceId", "synthetic", "updatedAt")
         SELECT u.*, $10, true, now() FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::text[]) AS u`,
        [
          col("partnerIso3"),
          col("year"),
          col("period"),
          col("periodKind"),
          col("reporterCode"),
          col("flow"),
          col("commodity"),
          col("valueUsd"),
          col("derivation"),
          SYNTHETIC_SOURCE.id,
        ],
      );
      rows += batch.length;
      if (Math.floor(rows / 250_000) !== Math.floor((rows - batch.length) / 250_000)) options.onProgress?.(rows);
      batch = [];
    };
    for (const r of syntheticRows(plan)) {
      batch.push(r);
      if (batch.length >= PG_BATCH) await flush();
    }
    await flush();
    for (const index of indexes) await client.query(index.indexdef);
    await client.query(
      `INSERT INTO "DataVersion" ("id", "version", "changedAt") VALUES (1, 1, now()) ON CONFLICT ("id") DO UPDATE SET "version" = "DataVersion"."version" + 1, "changedAt" = now()`,
    );
    await client.query("COMMIT");
    if (options.scaleIndexes) for (const sql of SCALE_INDEXES) await client.query(sql);
    await client.query(`ANALYZE "TradeObservation"`);
    return { rows, deleted };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function ensureReferenceRowsPostgres(client: pg.Client) {
  for (const c of COUNTRIES) {
    await client.query(`INSERT INTO "Country" ("iso3", "name", "isAggregate", "sortOrder") VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
      c.iso3,
      c.name,
      c.isAggregate,
      c.sortOrder,
    ]);
  }
  for (const r of REPORTERS) {
    await client.query(`INSERT INTO "Reporter" ("code", "name", "kind", "countryIso3") VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
      r.code,
      r.name,
      r.kind,
      r.countryIso3,
    ]);
  }
  const s = SYNTHETIC_SOURCE;
  await client.query(
    `INSERT INTO "Source" ("id", "publisher", "title", "url", "licence", "methodNote", "priority") VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT ("id") DO UPDATE SET "publisher" = excluded."publisher", "title" = excluded."title", "url" = excluded."url",
       "licence" = excluded."licence", "methodNote" = excluded."methodNote", "priority" = excluded."priority"`,
    [s.id, s.publisher, s.title, s.url, s.licence, s.methodNote, s.priority],
  );
}
