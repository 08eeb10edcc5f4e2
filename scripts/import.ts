// npm run import -- <file.csv> [--dry-run] [--source=<id>] — validates a CSV of
// trade figures or project records and imports it into DATABASE_URL in one transaction. Exits 1
// when the file has errors (nothing is written then), 2 on bad usage.
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/core/db/client";
import { describeDatabase, parseDatabaseUrl } from "../lib/core/db/database-url";
import { formatReport } from "../lib/core/import/format-report";
import { importCsv } from "../lib/import/import-csv";

const USAGE = "usage: npm run import -- <file.csv> [--dry-run] [--source=<source id>] [--json]";

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--"));
const flags = args.filter((a) => a.startsWith("--"));
const unknown = flags.filter((f) => !["--dry-run", "--json"].includes(f) && !f.startsWith("--source="));
if (files.length !== 1 || unknown.length > 0) {
  console.error(unknown.length ? `unknown option ${unknown.join(", ")}\n${USAGE}` : USAGE);
  process.exit(2);
}
const file = files[0]!;
if (!fs.existsSync(file)) {
  console.error(`no such file: ${file}`);
  process.exit(2);
}

const config = parseDatabaseUrl();
const db = createPrismaClient(config);
try {
  const report = await importCsv(db, fs.readFileSync(file, "utf8"), {
    fileName: path.basename(file),
    dryRun: flags.includes("--dry-run"),
    sourceId: flags.find((f) => f.startsWith("--source="))?.slice("--source=".length),
  });
  console.log(flags.includes("--json") ? JSON.stringify(report, null, 2) : `${describeDatabase(config)}\n${formatReport(report)}`);
  process.exitCode = report.errors.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`import failed, nothing was written: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
