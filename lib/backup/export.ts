// npm run db:export: every table to <dir>/<Table>.jsonl, then manifest.json.
// All tables are read in one transaction, so the backup is one consistent
// state even while imports run. Rows are written in primary-key order
// (compared as the JavaScript strings or numbers, not by a database
// collation), so the same data gives byte-identical files from SQLite and
// PostgreSQL.
import fs from "node:fs";
import path from "node:path";
import { providerOf, type Db, type Prisma } from "../core/db/client";
import type { Client } from "../core/import/transaction";
import { appliedMigrations, appMigrations, readSequence } from "./database";
import { JsonlWriter } from "./jsonl";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, MANIFEST_FILE, type Manifest, type ManifestFile } from "./manifest";
import { delegateOf, TABLES, type Table } from "./tables";
import { encodeRow } from "./values";

/** Rows read per query from a table keyed by an integer id. */
const PAGE_SIZE = 5000;

/** A backup of a large database takes a while: the snapshot transaction may stay open this long. */
const EXPORT_TRANSACTION = { timeout: 3_600_000, maxWait: 30_000 };

/** PostgreSQL's snapshot level (the SQLite client's type, which stands for both, knows only Serializable). */
const SNAPSHOT = "RepeatableRead" as unknown as Prisma.TransactionIsolationLevel;

type Row = Record<string, unknown>;

interface Delegate {
  findMany(args?: object): Promise<Row[]>;
}

const compareKeys = (key: readonly string[]) => (a: Row, b: Row) => {
  for (const column of key) {
    const x = a[column] as string | number;
    const y = b[column] as string | number;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
};

/** Every row of a table in key order: paged by id where the key is one integer, otherwise read whole and sorted here. */
async function* readRows(client: Client, table: Table): AsyncGenerator<Row> {
  const delegate = delegateOf<Delegate>(client, table);
  const [key] = table.key;
  if (table.key.length === 1 && table.columns.find((c) => c.name === key)?.type === "Int") {
    let after: number | null = null;
    for (;;) {
      const page: Row[] = await delegate.findMany({
        ...(after === null ? {} : { where: { [key!]: { gt: after } } }),
        orderBy: { [key!]: "asc" },
        take: PAGE_SIZE,
      });
      yield* page;
      if (page.length < PAGE_SIZE) return;
      after = page[page.length - 1]![key!] as number;
    }
  }
  // keyed by text: catalogue tables (countries, sources, projects, claims, saved checks), small
  yield* (await delegate.findMany()).sort(compareKeys(table.key));
}

function prepareDirectory(dir: string): boolean {
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    return true;
  }
  if (!fs.statSync(dir).isDirectory()) throw new BackupError(`${dir} is not a directory`);
  const present = fs.readdirSync(dir);
  if (present.length > 0)
    throw new BackupError(`${dir} is not empty (${present.slice(0, 3).join(", ")}…): a backup goes into a new or empty directory`);
  return false;
}

/** Writes a backup of the whole database into `dir` (new or empty) and returns its manifest. */
export async function exportDatabase(db: Db, dir: string): Promise<Manifest> {
  const provider = providerOf(db);
  const created = prepareDirectory(dir);
  const written: string[] = [];
  try {
    const manifest = await db.$transaction(
      async (tx): Promise<Manifest> => {
        const createdAt = new Date();
        const migrations = await appliedMigrations(tx);
        const expected = appMigrations(provider);
        if (migrations.join(",") !== expected.join(",")) {
          throw new BackupError(
            `the database has the migrations [${migrations.join(", ")}] but this app has [${expected.join(", ")}]: run npm run db:migrate first`,
          );
        }
        const files: ManifestFile[] = [];
        let dataVersion: Manifest["dataVersion"] = null;
        for (const table of TABLES) {
          const file = path.join(dir, table.file);
          written.push(file);
          const writer = new JsonlWriter(file);
          let maxId = 0;
          for await (const row of readRows(tx, table)) {
            const encoded = encodeRow(table, row);
            await writer.write(encoded);
            if (table.autoincrement) maxId = Math.max(maxId, row.id as number);
            if (table.name === "DataVersion" && row.id === 1) {
              dataVersion = { version: encoded.version as number, changedAt: encoded.changedAt as string };
            }
          }
          const { rows, sha256 } = await writer.close();
          const sequence = table.autoincrement ? { column: "id", last: Math.max(maxId, await readSequence(tx, provider, table)) } : null;
          files.push({ file: table.file, table: table.name, rows, sha256, columns: table.columns.map((c) => c.name), sequence });
        }
        return {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          createdAt: createdAt.toISOString(),
          provider,
          schema: { migrations },
          dataVersion,
          files,
        };
      },
      // PostgreSQL: one snapshot for every table; SQLite's transactions are serializable anyway
      provider === "postgresql" ? { ...EXPORT_TRANSACTION, isolationLevel: SNAPSHOT } : EXPORT_TRANSACTION,
    );
    const manifestPath = path.join(dir, MANIFEST_FILE);
    written.push(`${manifestPath}.partial`);
    fs.writeFileSync(`${manifestPath}.partial`, JSON.stringify(manifest, null, 2) + "\n", { flag: "wx" });
    fs.renameSync(`${manifestPath}.partial`, manifestPath);
    return manifest;
  } catch (error) {
    // leave nothing that looks like a backup
    for (const file of written) fs.rmSync(file, { force: true });
    if (created) fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
