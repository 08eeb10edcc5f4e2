// npm run db:export -- <dir> — writes every table of DATABASE_URL to <dir> (a
// new or empty directory): one JSON Lines file per table and manifest.json
// (docs/backup.md). Exits 1 when the export fails (nothing is left in <dir>
// then), 2 on bad usage.
import { createPrismaClient } from "../../lib/core/db/client";
import { describeDatabase, parseDatabaseUrl } from "../../lib/core/db/database-url";
import { exportDatabase } from "../../lib/backup/export";

const USAGE = "usage: npm run db:export -- <dir>";

const args = process.argv.slice(2);
if (args.length !== 1 || args[0]!.startsWith("--")) {
  console.error(USAGE);
  process.exit(2);
}
const dir = args[0]!;

const config = parseDatabaseUrl();
const db = createPrismaClient(config);
try {
  const manifest = await exportDatabase(db, dir);
  console.log(`${describeDatabase(config)} → ${dir} (data version ${manifest.dataVersion?.version ?? 0})`);
  for (const f of manifest.files) console.log(`  ${f.file.padEnd(28)} ${String(f.rows).padStart(9)} rows  sha256 ${f.sha256.slice(0, 16)}…`);
} catch (error) {
  console.error(`export failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
