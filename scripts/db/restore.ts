// npm run db:restore -- <dir> [--replace] [--bump-version] — checks the backup
// in <dir> (manifest, checksums, every row), then loads it into DATABASE_URL
// in one transaction, applying migrations first when the database is new.
// Refuses a database that holds data unless --replace is given. Exits 1 when
// it refuses or fails (no data is written then), 2 on bad usage.
import { parseDatabaseUrl } from "../../lib/core/db/database-url";
import { BackupError } from "../../lib/backup/manifest";
import { restoreDatabase } from "../../lib/backup/restore";

const USAGE = "usage: npm run db:restore -- <dir> [--replace] [--bump-version]";
const FLAGS = ["--replace", "--bump-version"];

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith("--"));
const flags = args.filter((a) => a.startsWith("--"));
const unknown = flags.filter((f) => !FLAGS.includes(f));
if (dirs.length !== 1 || unknown.length > 0) {
  console.error(unknown.length ? `unknown option ${unknown.join(", ")}\n${USAGE}` : USAGE);
  process.exit(2);
}

try {
  const report = await restoreDatabase(parseDatabaseUrl(), dirs[0]!, {
    replace: flags.includes("--replace"),
    bumpVersion: flags.includes("--bump-version"),
  });
  if (report.migrationsApplied.length) console.log(`applied migrations ${report.migrationsApplied.join(", ")}`);
  if (report.replaced.length) console.log(`replaced ${report.replaced.map((r) => `${r.table} (${r.rows})`).join(", ")}`);
  console.log(`${report.database}: restored from ${dirs[0]} at data version ${report.dataVersion}`);
  for (const t of report.tables) console.log(`  ${t.table.padEnd(22)} ${String(t.rows).padStart(9)} rows`);
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
} catch (error) {
  console.error(`restore ${error instanceof BackupError ? "refused" : "failed"}, no data was written: ${(error as Error).message}`);
  process.exitCode = 1;
}
