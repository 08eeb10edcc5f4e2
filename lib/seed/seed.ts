import type { Db } from "../db/client";
import { seedClaims } from "./seed-claims";
import { seedProjects } from "./seed-projects";
import { readTradeSeedData, seedTrade } from "./seed-trade";

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
