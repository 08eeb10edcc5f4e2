import type { Db } from "../core/db/client";
import type { ClaimRecord } from "./assertion";
import { readClaimCatalogue } from "./seed-files";
import { bumpDataVersion } from "../core/db/data-version";

export interface ClaimSeedResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Loads the claim catalogue (quote, place in the article, structured
 * assertion; never a verdict). Idempotent: re-running adds nothing, and a
 * claim whose catalogue text changed is updated in place.
 */
export async function seedClaims(db: Db, claims: ClaimRecord[] = readClaimCatalogue()): Promise<ClaimSeedResult> {
  return db.$transaction(
    async (tx) => {
      const existing = new Map((await tx.claim.findMany()).map((c) => [c.id, c]));
      let created = 0;
      let updated = 0;
      for (const [sortOrder, c] of claims.entries()) {
        const row = { id: c.id, quote: c.quote, location: c.location, theme: c.theme, assertion: JSON.stringify(c.assertion), sortOrder };
        const current = existing.get(c.id);
        if (!current) {
          await tx.claim.create({ data: row });
          created++;
        } else if (
          current.quote !== row.quote ||
          current.location !== row.location ||
          current.theme !== row.theme ||
          current.assertion !== row.assertion ||
          current.sortOrder !== sortOrder
        ) {
          await tx.claim.update({ where: { id: c.id }, data: row });
          updated++;
        }
      }
      if (created + updated > 0) await bumpDataVersion(tx);
      return { created, updated, unchanged: claims.length - created - updated };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
