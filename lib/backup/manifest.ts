// manifest.json: what a backup holds and how to tell it is whole. Written last
// by an export (a directory without one is no backup), read and checked first
// by a restore, before any database is touched. docs/backup.md describes it.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { TABLES, type Table } from "./tables";

export const MANIFEST_FILE = "manifest.json";
export const BACKUP_FORMAT = "caravan-backup";
export const BACKUP_FORMAT_VERSION = 1;

/** A backup that cannot be restored, or a restore that is refused; the message says why and names the file or table. */
export class BackupError extends Error {
  override name = "BackupError";
}

const isoTime = z.iso.datetime({ precision: 3 });

const fileEntrySchema = z.strictObject({
  file: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*\.jsonl$/, "a plain file name ending in .jsonl")
    .describe("The file, in the backup's directory"),
  table: z.string().describe("The database table it holds"),
  rows: z.number().int().nonnegative().describe("How many rows (lines) it holds"),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe("SHA-256 of the file's bytes, hex"),
  columns: z.array(z.string()).describe("The columns of every row, in order"),
  sequence: z
    .strictObject({ column: z.string(), last: z.number().int().nonnegative() })
    .nullable()
    .describe("For an autoincrement id: the highest id the database had handed out (a restore continues after it)"),
});
export type ManifestFile = z.infer<typeof fileEntrySchema>;

export const manifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: isoTime.describe("When the export read the database"),
  provider: z.enum(["sqlite", "postgresql"]).describe("The database it was exported from"),
  schema: z.strictObject({
    migrations: z.array(z.string()).min(1).describe("The migrations the database had applied: the shape of every table"),
  }),
  dataVersion: z
    .strictObject({ version: z.number().int(), changedAt: isoTime })
    .nullable()
    .describe("The data version row as exported (also in DataVersion.jsonl); null when the database had none"),
  files: z.array(fileEntrySchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Reads and validates dir/manifest.json, and checks that it lists exactly this app's tables with this app's columns. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) throw new BackupError(`${file}: no such file; a backup directory holds ${MANIFEST_FILE} (the export writes it last)`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new BackupError(`${MANIFEST_FILE}: not readable JSON (${(error as Error).message})`);
  }
  const header = z.object({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(raw);
  if (!header.success || header.data.format !== BACKUP_FORMAT) throw new BackupError(`${MANIFEST_FILE}: not a Caravan backup manifest`);
  if (header.data.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `${MANIFEST_FILE}: backup format version ${JSON.stringify(header.data.formatVersion)}; this app reads version ${BACKUP_FORMAT_VERSION}`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BackupError(`${MANIFEST_FILE}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  checkTables(parsed.data);
  return parsed.data;
}

function checkTables(manifest: Manifest): void {
  const byTable = new Map<string, ManifestFile>();
  for (const entry of manifest.files) {
    if (byTable.has(entry.table)) throw new BackupError(`${MANIFEST_FILE}: table ${entry.table} is listed twice`);
    byTable.set(entry.table, entry);
  }
  const unknown = [...byTable.keys()].filter((name) => !TABLES.some((t) => t.name === name));
  if (unknown.length) throw new BackupError(`${MANIFEST_FILE}: tables this app does not have: ${unknown.join(", ")}`);
  const missing = TABLES.filter((t) => !byTable.has(t.name)).map((t) => t.name);
  if (missing.length) throw new BackupError(`${MANIFEST_FILE}: no file for the tables ${missing.join(", ")}`);
  for (const table of TABLES) {
    const entry = byTable.get(table.name)!;
    const expected = table.columns.map((c) => c.name);
    if (entry.columns.join(",") !== expected.join(",")) {
      throw new BackupError(
        `${MANIFEST_FILE}: ${entry.file} has the columns ${entry.columns.join(", ")}; table ${table.name} here has ${expected.join(", ")}`,
      );
    }
    if (table.autoincrement !== (entry.sequence !== null)) {
      throw new BackupError(`${MANIFEST_FILE}: ${entry.file}: sequence ${entry.sequence ? "given for a table without one" : "missing"}`);
    }
  }
}

/** The manifest's entry for a table (readManifest has checked there is one). */
export function entryOf(manifest: Manifest, table: Table): ManifestFile {
  return manifest.files.find((f) => f.table === table.name)!;
}
