import type { Db } from "../core/db/client";
import { toDbRows } from "./record";
import { readProjectSeedData, type ProjectSeedData } from "./seed-files";
import { bumpDataVersion } from "../core/db/data-version";
import type { SeedResult } from "../core/seed-result";
import { readSources } from "../core/source-registry";

/** The project files mapped to records; pages already in the source registry keep their ids. */
export function readProjectsForSeed(): ProjectSeedData {
  const known = new Map(readSources().map(({ match: _match, ...s }) => [s.url, s]));
  return readProjectSeedData(known);
}

/**
 * Loads project records and their sources. Idempotent like the trade seed:
 * records already present are left as they are, so re-running adds nothing.
 * Needs the countries (seeded by seedTrade) to exist.
 */
export async function seedProjects(db: Db, data: ProjectSeedData = readProjectsForSeed()): Promise<SeedResult> {
  return db.$transaction(
    async (tx) => {
      for (const s of data.sources) {
        await tx.source.upsert({ where: { id: s.id }, create: s, update: s });
      }
      const existing = new Set((await tx.project.findMany({ select: { id: true } })).map((p) => p.id));
      const missing = data.projects.filter((p) => !existing.has(p.id));
      if (missing.length > 0) {
        const rows = missing.map(toDbRows);
        await tx.project.createMany({ data: rows.map((r) => r.project) });
        await tx.projectCountry.createMany({ data: rows.flatMap((r) => r.countries) });
        await bumpDataVersion(tx);
      }
      return { created: missing.length, existing: data.projects.length - missing.length };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
