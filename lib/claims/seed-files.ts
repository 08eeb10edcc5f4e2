// The claim catalogue as shipped (prisma/data/claims.json), validated.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { claimRecordSchema, type ClaimRecord } from "./assertion";

export const CLAIMS_FILE = path.resolve("prisma/data/claims.json");

export function readClaimCatalogue(file = CLAIMS_FILE): ClaimRecord[] {
  const parsed = z.array(claimRecordSchema).safeParse(JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
  const ids = new Set<string>();
  for (const c of parsed.data) {
    if (ids.has(c.id)) throw new Error(`${file}: claim id ${c.id} appears twice`);
    ids.add(c.id);
  }
  return parsed.data;
}
