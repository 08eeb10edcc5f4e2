import type { Db } from "../core/db/client";
import { seedClaims } from "../claims/seed";
import { seedProjects } from "../projects/seed";
import { readTradeSeedData, seedTrade } from "../trade/seed";

/** Seeds everything the product ships with; returns a one-line report. */
export async function seedDatabase(db: Db): Promise<string> {
  const tradeData = readTradeSeedData();
  const trade = await seedTrade(db, tradeData);
  const projects = await seedProjects(db);
  const claims = await seedClaims(db);
  const skipped = tradeData.skipped.map((s) => `${s.file}:${s.line} (${s.reason})`).join("; ");
  return (
    `trade observations: ${trade.created} new, ${trade.existing} already present` +
    `; projects: ${projects.created} new, ${projects.existing} already present` +
    `; claims: ${claims.created} new, ${claims.updated} updated, ${claims.unchanged} unchanged` +
    (skipped ? `; not loaded: ${skipped}` : "")
  );
}
