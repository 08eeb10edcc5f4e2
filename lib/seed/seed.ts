import type { Db } from "../db/client";
import { readTradeSeedData, seedTrade } from "./seed-trade";

/** Seeds everything the product ships with; returns a one-line report. */
export async function seedDatabase(db: Db): Promise<string> {
  const tradeData = readTradeSeedData();
  const trade = await seedTrade(db, tradeData);
  const skipped = tradeData.skipped.map((s) => `${s.file}:${s.line} (${s.reason})`).join("; ");
  return `trade observations: ${trade.created} new, ${trade.existing} already present` + (skipped ? `; not loaded: ${skipped}` : "");
}
