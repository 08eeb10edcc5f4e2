// What a backup needs to know of a database beyond its rows: which migrations
// it has, which of the backup's tables hold rows, and the autoincrement
// counters. The few statements that differ between SQLite and PostgreSQL are
// here, side by side.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../core/db/client";
import type { DatabaseConfig } from "../core/db/database-url";
import type { Client } from "../core/import/transaction";
import { MIGRATIONS_DIRS } from "../core/db/schema-engine";
import { TABLES, type Table } from "./tables";

export type Provider = DatabaseConfig["provider"];

/** The migrations this app ships for a provider (both providers' folders hold the same names). */
export function appMigrations(provider: Provider): string[] {
  const dir = MIGRATIONS_DIRS[provider];
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Quoted for SQL; only ever given the registry's own table names. */
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function existingTables(db: Db, config: DatabaseConfig): Promise<Set<string>> {
  if (config.provider === "sqlite") {
    const rows = await db.$queryRaw<{ name: string }[]>`SELECT "name" FROM "sqlite_master" WHERE "type" = 'table'`;
    return new Set(rows.map((r) => r.name));
  }
  const rows = config.schema
    ? await db.$queryRaw<{ name: string }[]>`SELECT "table_name" AS "name" FROM "information_schema"."tables" WHERE "table_schema" = ${config.schema}`
    : await db.$queryRaw<
        { name: string }[]
      >`SELECT "table_name" AS "name" FROM "information_schema"."tables" WHERE "table_schema" = current_schema()`;
  return new Set(rows.map((r) => r.name));
}

export interface DatabaseState {
  /** names of the migrations applied (finished, not rolled back), sorted */
  migrations: string[];
  /** the backup's tables that exist and hold rows */
  nonEmpty: { table: string; rows: number }[];
}

/** Reads a database that may not be migrated yet, or not at all, without changing it. */
export async function inspectDatabase(db: Db, config: DatabaseConfig): Promise<DatabaseState> {
  const tables = await existingTables(db, config);
  const migrations = tables.has("_prisma_migrations") ? await appliedMigrations(db) : [];
  const nonEmpty = await countRows(db, (table) => tables.has(table.name));
  return { migrations, nonEmpty: nonEmpty.filter((t) => t.rows > 0) };
}

export async function appliedMigrations(client: Client): Promise<string[]> {
  const rows = await client.$queryRaw<{ name: string }[]>`
    SELECT "migration_name" AS "name" FROM "_prisma_migrations"
    WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name"`;
  return rows.map((r) => r.name).sort();
}

export async function countRows(client: Client, include: (table: Table) => boolean = () => true): Promise<{ table: string; rows: number }[]> {
  const counts: { table: string; rows: number }[] = [];
  for (const table of TABLES.filter(include)) {
    const rows = await client.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS "n" FROM ${quoted(table.name)}`);
    counts.push({ table: table.name, rows: Number(rows[0]?.n ?? 0) });
  }
  return counts;
}

/** The highest id an autoincrement table has handed out (0: none yet); may exceed the highest id present when rows were deleted. */
export async function readSequence(client: Client, provider: Provider, table: Table): Promise<number> {
  if (provider === "sqlite") {
    const rows = await client.$queryRaw<{ seq: number | bigint }[]>`SELECT "seq" FROM "sqlite_sequence" WHERE "name" = ${table.name}`;
    return Number(rows[0]?.seq ?? 0);
  }
  const rows = await client.$queryRaw<{ last: number | bigint | null }[]>`
    SELECT pg_sequence_last_value(pg_get_serial_sequence(${quoted(table.name)}, 'id')::regclass) AS "last"`;
  return Number(rows[0]?.last ?? 0);
}

/** Sets the counter so that the next id handed out is `last + 1`. */
export async function writeSequence(client: Client, provider: Provider, table: Table, last: number): Promise<void> {
  if (provider === "sqlite") {
    await client.$executeRaw`DELETE FROM "sqlite_sequence" WHERE "name" = ${table.name}`;
    if (last > 0) await client.$executeRaw`INSERT INTO "sqlite_sequence" ("name", "seq") VALUES (${table.name}, ${last})`;
    return;
  }
  const sequence = quoted(table.name);
  if (last > 0) await client.$queryRaw`SELECT setval(pg_get_serial_sequence(${sequence}, 'id'), ${last}::bigint, true)`;
  else await client.$queryRaw`SELECT setval(pg_get_serial_sequence(${sequence}, 'id'), 1, false)`;
}

/** Most bound values in one INSERT: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_BOUND_VALUES = 30_000;

/** How many rows of a table go into one INSERT. */
export const insertBatchSize = (table: Table) => Math.max(1, Math.min(2000, Math.floor(MAX_BOUND_VALUES / table.columns.length)));

/**
 * Inserts rows (as rowSchema parses them) with one multi-row INSERT. Raw SQL
 * rather than createMany: Prisma compiles every createMany anew, at about 2 ms
 * a row. The values go through the same driver adapter, which stores Date,
 * boolean, bigint and Decimal exactly as the model API does.
 */
export async function insertRows(client: Client, provider: Provider, table: Table, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const width = table.columns.length;
  const placeholder = provider === "postgresql" ? (i: number) => `$${i + 1}` : () => "?";
  const tuples = rows.map((_, r) => `(${table.columns.map((_, c) => placeholder(r * width + c)).join(", ")})`);
  const values = rows.flatMap((row) => table.columns.map((c) => row[c.name]));
  const columns = table.columns.map((c) => quoted(c.name)).join(", ");
  await client.$executeRawUnsafe(`INSERT INTO ${quoted(table.name)} (${columns}) VALUES ${tuples.join(", ")}`, ...values);
}

/**
 * Makes the transaction the only writer before it reads anything, so that the
 * emptiness check and the load see one state: PostgreSQL locks every table
 * against other writers (readers go on reading the old rows); SQLite takes
 * its one write lock with a statement that writes nothing.
 */
export async function lockForRestore(tx: Client, provider: Provider): Promise<void> {
  if (provider === "sqlite") {
    await tx.$executeRaw`DELETE FROM "DataVersion" WHERE 0 = 1`;
    return;
  }
  await tx.$executeRawUnsafe(`LOCK TABLE ${TABLES.map((t) => quoted(t.name)).join(", ")} IN EXCLUSIVE MODE`);
}
