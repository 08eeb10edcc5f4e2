// npm run db:restore: a backup into an empty database of either provider, in
// one transaction. Everything that can be checked without the database (the
// manifest, every file's checksum and every row) is checked before it is
// opened; a refusal or a failure writes no data (an empty database may be
// left migrated, nothing more). The data version row is
// restored as it was exported, so the restored instance serves the same
// ETags; --bump-version gives it a new one instead (docs/backup.md).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "../core/db/client";
import { describeDatabase, type DatabaseConfig } from "../core/db/database-url";
import { applyMigrations } from "../core/db/schema-engine";
import type { Client, Tx } from "../core/import/transaction";
import {
  appliedMigrations,
  appMigrations,
  countRows,
  insertBatchSize,
  insertRows,
  inspectDatabase,
  lockForRestore,
  writeSequence,
  type Provider,
} from "./database";
import { JsonlError, readJsonl } from "./jsonl";
import { BackupError, entryOf, readManifest, type Manifest, type ManifestFile } from "./manifest";
import { delegateOf, TABLES, type Table } from "./tables";
import { rowSchema } from "./values";

export interface RestoreOptions {
  /** replace whatever the database holds (in the same transaction) instead of refusing a non-empty database */
  replace?: boolean;
  /** give the restored data a new data version above both the backup's and the replaced one's, instead of the backup's own */
  bumpVersion?: boolean;
  /** called inside the transaction after every write, before commit (tests use it to prove a late failure changes nothing) */
  beforeCommit?: (tx: Tx) => Promise<void>;
}

export interface RestoreReport {
  database: string;
  /** rows loaded per table, in load order */
  tables: { table: string; rows: number }[];
  /** migrations applied to the (empty) database before loading */
  migrationsApplied: string[];
  /** rows there were before, per table, when --replace replaced them */
  replaced: { table: string; rows: number }[];
  dataVersion: number;
  warnings: string[];
}

/** The restore transaction loads every row; a large backup takes a while. */
const RESTORE_TRANSACTION = { timeout: 3_600_000, maxWait: 30_000 };

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const rowCount = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;
const listCounts = (counts: { table: string; rows: number }[]) => counts.map((c) => `${c.table} (${rowCount(c.rows)})`).join(", ");

interface Delegate {
  deleteMany(): Promise<{ count: number }>;
}

function fileOf(dir: string, entry: ManifestFile): string {
  const file = path.join(dir, entry.file);
  if (!fs.existsSync(file)) throw new BackupError(`missing file ${entry.file} (table ${entry.table}) in ${dir}`);
  return file;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const checksumMismatch = (entry: ManifestFile, actual: string, when = "") =>
  new BackupError(
    `checksum mismatch in ${entry.file} (table ${entry.table})${when}: the manifest says sha256 ${entry.sha256}, the file has ${actual}`,
  );

/**
 * Every row of a table's file, parsed to what the Prisma client writes;
 * throws naming the file and line of the first row that is not a row of the table.
 */
async function* fileRows(file: string, entry: ManifestFile, table: Table, hash: { update(chunk: Buffer): unknown }) {
  const schema = rowSchema(table);
  try {
    for await (const { line, value } of readJsonl(file, hash)) {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new BackupError(`${entry.file} line ${line}: ${issue.path.join(".") || "row"}: ${issue.message}`);
      }
      yield parsed.data;
    }
  } catch (error) {
    if (error instanceof JsonlError) throw new BackupError(`${entry.file} line ${error.line}: ${error.message}`);
    throw error;
  }
}

/** Checks every file of the backup against its manifest: present, the same bytes, every line a row of its table, the row count. */
export async function verifyBackup(dir: string): Promise<Manifest> {
  const manifest = readManifest(dir);
  for (const table of TABLES) {
    const entry = entryOf(manifest, table);
    const file = fileOf(dir, entry);
    const actual = await sha256Of(file);
    if (actual !== entry.sha256) throw checksumMismatch(entry, actual);
    let rows = 0;
    let dataVersion: Manifest["dataVersion"] = null;
    for await (const row of fileRows(file, entry, table, { update: () => {} })) {
      rows++;
      if (table.name === "DataVersion" && row.id === 1)
        dataVersion = { version: row.version as number, changedAt: (row.changedAt as Date).toISOString() };
    }
    if (rows !== entry.rows) throw new BackupError(`${entry.file}: ${rows} rows, the manifest says ${entry.rows}`);
    if (table.name === "DataVersion" && JSON.stringify(dataVersion) !== JSON.stringify(manifest.dataVersion)) {
      throw new BackupError(
        `${entry.file}: the data version row is ${JSON.stringify(dataVersion)}, the manifest says ${JSON.stringify(manifest.dataVersion)}`,
      );
    }
  }
  return manifest;
}

/** Restores the backup in `dir` into the database `config` names; throws BackupError when it refuses. */
export async function restoreDatabase(config: DatabaseConfig, dir: string, options: RestoreOptions = {}): Promise<RestoreReport> {
  const manifest = await verifyBackup(dir);
  const expected = appMigrations(config.provider);
  if (!sameList(manifest.schema.migrations, expected)) {
    throw new BackupError(
      `the backup was made at the migrations [${manifest.schema.migrations.join(", ")}] but this app has [${expected.join(", ")}]: ` +
        `restore it with the app version that has its migrations, then upgrade with npm run db:migrate`,
    );
  }
  let db = createPrismaClient(config);
  try {
    const state = await inspectDatabase(db, config);
    const unknown = state.migrations.filter((m) => !expected.includes(m));
    if (unknown.length) throw new BackupError(`the database has migrations this app does not have: ${unknown.join(", ")}`);
    if (state.nonEmpty.length && !options.replace) throw notEmpty(state.nonEmpty);
    const pending = expected.filter((m) => !state.migrations.includes(m));
    if (pending.length && state.nonEmpty.length) {
      throw new BackupError(`the database to replace lacks the migrations ${pending.join(", ")}: run npm run db:migrate first, then restore`);
    }
    let migrationsApplied: string[] = [];
    if (pending.length) {
      // the database is empty: creating its tables is all this changes
      await db.$disconnect();
      migrationsApplied = await applyMigrations(config);
      db = createPrismaClient(config);
      const now = await appliedMigrations(db);
      if (!sameList(now, expected)) throw new BackupError(`after migrating, the database has [${now.join(", ")}], not [${expected.join(", ")}]`);
    }
    const loaded = await load(db, config.provider, dir, manifest, options);
    return { database: describeDatabase(config), migrationsApplied, ...loaded };
  } finally {
    await db.$disconnect();
  }
}

function notEmpty(counts: { table: string; rows: number }[]): BackupError {
  return new BackupError(
    `the database is not empty: ${listCounts(counts)}. Restore into an empty database, or pass --replace to replace everything in it ` +
      `(in one transaction)`,
  );
}

async function load(db: Db, provider: Provider, dir: string, manifest: Manifest, options: RestoreOptions) {
  return db.$transaction(async (tx) => {
    await lockForRestore(tx, provider);
    // counted again under the lock: another writer may have come in since the first look
    const before = (await countRows(tx)).filter((c) => c.rows > 0);
    if (before.length && !options.replace) throw notEmpty(before);
    const replacedVersion = before.length ? await tx.dataVersion.findUnique({ where: { id: 1 } }) : null;
    if (before.length) for (const table of [...TABLES].reverse()) await delegateOf<Delegate>(tx, table).deleteMany();
    const tables: RestoreReport["tables"] = [];
    for (const table of TABLES) tables.push({ table: table.name, rows: await loadTable(tx, provider, dir, entryOf(manifest, table), table) });
    const dataVersion = await settleDataVersion(tx, manifest, replacedVersion?.version ?? null, options);
    const after = await countRows(tx);
    for (const table of TABLES) {
      // (a bumped version creates the row when the backup had none)
      const expected = table.name === "DataVersion" && options.bumpVersion ? 1 : entryOf(manifest, table).rows;
      const rows = after.find((c) => c.table === table.name)?.rows;
      if (rows !== expected) throw new BackupError(`${table.name}: ${rows} rows after loading, expected ${expected}`);
    }
    await options.beforeCommit?.(tx);
    const warnings = replacedVersion && !options.bumpVersion ? versionWarnings(replacedVersion, manifest.dataVersion) : [];
    return { tables, replaced: before, dataVersion, warnings };
  }, RESTORE_TRANSACTION);
}

/**
 * Responses of the replaced data were served under its data version; if the
 * restored data comes back under that same version (or a lower one, which the
 * instance had served too), a client or cache holding such a response would
 * take it for current. Not when it is the same version row (the same data).
 */
function versionWarnings(replaced: { version: number; changedAt: Date }, restored: Manifest["dataVersion"]): string[] {
  const restoredVersion = restored?.version ?? 0;
  if (replaced.version < restoredVersion) return [];
  if (replaced.version === restoredVersion && replaced.changedAt.toISOString() === restored?.changedAt) return [];
  return [
    `the replaced data was at data version ${replaced.version} and the backup's is ${restoredVersion}: clients and caches that ` +
      `kept responses of the replaced data under version ${restoredVersion} may take them for current; restore with --bump-version ` +
      `to give the restored data a new version`,
  ];
}

async function loadTable(tx: Client, provider: Provider, dir: string, entry: ManifestFile, table: Table): Promise<number> {
  const hash = createHash("sha256");
  const size = insertBatchSize(table);
  let batch: Record<string, unknown>[] = [];
  let rows = 0;
  let maxId = 0;
  for await (const row of fileRows(fileOf(dir, entry), entry, table, hash)) {
    batch.push(row);
    rows++;
    if (table.autoincrement) maxId = Math.max(maxId, row.id as number);
    if (batch.length >= size) {
      await insertRows(tx, provider, table, batch);
      batch = [];
    }
  }
  await insertRows(tx, provider, table, batch);
  const actual = hash.digest("hex");
  if (actual !== entry.sha256) throw checksumMismatch(entry, actual, " (it changed while being restored)");
  if (entry.sequence) await writeSequence(tx, provider, table, Math.max(maxId, entry.sequence.last));
  return rows;
}

/** The backup's own data version, or with --bump-version one above both it and the replaced data's. */
async function settleDataVersion(tx: Client, manifest: Manifest, replaced: number | null, options: RestoreOptions): Promise<number> {
  const restored = manifest.dataVersion?.version ?? 0;
  if (!options.bumpVersion) return restored;
  const version = Math.max(restored, replaced ?? 0) + 1;
  await tx.dataVersion.upsert({ where: { id: 1 }, create: { id: 1, version, changedAt: new Date() }, update: { version, changedAt: new Date() } });
  return version;
}
