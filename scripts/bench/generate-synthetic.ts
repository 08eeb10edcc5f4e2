// npm run data:synthetic -- --rows 1m | --headings 1200 --years 25 [--scale-indexes] [--bulk]
// Writes the SYNTHETIC scale data set into the database named by DATABASE_URL
// (SQLite or PostgreSQL), replacing any earlier synthetic rows. Every row has
// synthetic = true and source "synthetic-benchmark"; none of it is ever seeded.
import { describeDatabase, parseDatabaseUrl } from "../../lib/core/db/database-url";
import { migrateInChildProcess } from "./migrate";
import { parseSize, planForRows, planRows } from "./synthetic";
import { writeSynthetic } from "./synthetic-writer";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error("Set DATABASE_URL to the database to fill (synthetic data never goes into the default database by accident).");
    process.exit(2);
  }
  const config = parseDatabaseUrl();
  const headings = option("headings");
  const years = option("years");
  const plan = headings || years ? planRows(Number(headings ?? 1200), Number(years ?? 25)) : planForRows(parseSize(option("rows") ?? "1m"));
  console.log(
    `${describeDatabase(config)}: ${plan.rows.toLocaleString("en")} synthetic rows (${plan.headings} HS headings × ${plan.firstYear}–${plan.lastYear})`,
  );
  migrateInChildProcess(process.env.DATABASE_URL);
  const result = await writeSynthetic(config, plan, {
    scaleIndexes: process.argv.includes("--scale-indexes"),
    bulk: process.argv.includes("--bulk"),
    onProgress: (n) => process.stdout.write(`  ${n.toLocaleString("en")} rows\r`),
  });
  console.log(`wrote ${result.rows.toLocaleString("en")} rows (replaced ${result.deleted.toLocaleString("en")}) in ${result.seconds.toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
