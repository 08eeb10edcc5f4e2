import { COUNTRIES, REPORTERS } from "../core/reference/codes";
import type { Db } from "../core/db/client";
import { observationKey, type ObservationInput } from "./observation";
import { readSources, type SourceRecord } from "../core/sources";
import { readCowTrade, readPartnerReported, readPublishedFigures, readWitsKazakhstan, type SkippedRow } from "./seed-files";
import { bumpDataVersion } from "../core/db/data-version";
import type { SeedResult } from "../core/seed-result";

export interface TradeSeedData {
  sources: SourceRecord[];
  observations: ObservationInput[];
  skipped: SkippedRow[];
}

/** Everything the shipped files say, mapped to the model. No database needed. */
export function readTradeSeedData(): TradeSeedData {
  const sources = readSources();
  const byMatch = new Map(sources.map((s) => [s.match, s]));
  const sourceId = (match: string) => {
    const source = byMatch.get(match);
    if (!source) throw new Error(`prisma/data/sources.csv has no source matching "${match}"`);
    return source.id;
  };
  const skipped: SkippedRow[] = [];
  const observations = [
    ...readPartnerReported((iso3) => sourceId(`partner_reported:${iso3}`)),
    ...readWitsKazakhstan(sourceId("wits")),
    ...readCowTrade(sourceId("cow")),
    ...readPublishedFigures(byMatch, skipped),
  ];
  const seen = new Set<string>();
  for (const o of observations) {
    const key = observationKey(o);
    if (seen.has(key)) throw new Error(`seed data holds the same figure twice: ${key}`);
    seen.add(key);
  }
  return { sources, observations, skipped };
}

/**
 * Loads countries, reporters, sources and observations. Idempotent: figures
 * already in the database are left as they are, so a correction imported
 * later (with its revision history) survives every restart.
 */
export async function seedTrade(db: Db, data: TradeSeedData = readTradeSeedData()): Promise<SeedResult> {
  return db.$transaction(
    async (tx) => {
      for (const c of COUNTRIES) {
        await tx.country.upsert({ where: { iso3: c.iso3 }, create: { ...c }, update: { ...c } });
      }
      for (const r of REPORTERS) {
        await tx.reporter.upsert({ where: { code: r.code }, create: { ...r }, update: { ...r } });
      }
      for (const { match: _match, ...s } of data.sources) {
        await tx.source.upsert({ where: { id: s.id }, create: s, update: s });
      }
      const existingRows = await tx.tradeObservation.findMany({
        select: { partnerIso3: true, period: true, reporterCode: true, flow: true, commodity: true, sourceId: true },
      });
      const existing = new Set(existingRows.map((row) => observationKey(row as ObservationInput)));
      const missing = data.observations.filter((o) => !existing.has(observationKey(o)));
      if (missing.length > 0) {
        await tx.tradeObservation.createMany({ data: missing });
        await bumpDataVersion(tx);
      }
      return { created: missing.length, existing: data.observations.length - missing.length };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
