import { COUNTRIES, REGION_CODE, REPORTERS, UNSTATED_REPORTER } from "../core/reference/codes";
import type { Db } from "../core/db/client";
import { observationKey, type ObservationInput } from "./observation";
import { readSources, type SourceRecord } from "../core/source-registry";
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

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const PARTNER_STATISTICS = REPORTERS.filter((r) => r.kind === "national_statistics").map((r) => r.code as string);

/**
 * Earlier seeds stored a partner-attributed region total (the Kazakh Deputy
 * PM's "Central Asian side" $32.1bn for 2022) under KAZ, as if it were
 * Kazakhstan's series. Such a row is moved to UNSTATED in place, so its id and
 * any revision history stay; only rows the seed itself now files under
 * UNSTATED are moved, never an import's. Returns how many moved.
 */
async function moveRegionTotalsOffPartnerSeries(tx: Tx, observations: ObservationInput[]): Promise<number> {
  const unstated = new Set(
    observations
      .filter((o) => o.reporterCode === UNSTATED_REPORTER && o.partnerIso3 === REGION_CODE)
      .map((o) => [o.period, o.flow, o.commodity, o.sourceId].join("|")),
  );
  if (unstated.size === 0) return 0;
  const misfiled = await tx.tradeObservation.findMany({
    where: { partnerIso3: REGION_CODE, reporterCode: { in: PARTNER_STATISTICS } },
    select: { id: true, period: true, flow: true, commodity: true, sourceId: true },
  });
  let moved = 0;
  for (const row of misfiled) {
    if (!unstated.has([row.period, row.flow, row.commodity, row.sourceId].join("|"))) continue;
    const target = {
      partnerIso3: REGION_CODE,
      period: row.period,
      reporterCode: UNSTATED_REPORTER,
      flow: row.flow,
      commodity: row.commodity,
      sourceId: row.sourceId,
    };
    if (await tx.tradeObservation.findUnique({ where: { observationKey: target }, select: { id: true } })) continue;
    await tx.tradeObservation.update({ where: { id: row.id }, data: { reporterCode: UNSTATED_REPORTER } });
    moved++;
  }
  return moved;
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
      // A changed priority changes which figure is preferred, so a changed
      // source is a data change for caches and ETags like a new figure.
      const before = new Map((await tx.source.findMany()).map((s) => [s.id, s]));
      let sourcesChanged = false;
      for (const { match: _match, ...s } of data.sources) {
        const current = before.get(s.id);
        const same = current && (Object.keys(s) as (keyof typeof s)[]).every((k) => (current[k] ?? null) === (s[k] ?? null));
        if (same) continue;
        await tx.source.upsert({ where: { id: s.id }, create: s, update: s });
        sourcesChanged = true;
      }
      const moved = await moveRegionTotalsOffPartnerSeries(tx, data.observations);
      const existingRows = await tx.tradeObservation.findMany({
        select: { partnerIso3: true, period: true, reporterCode: true, flow: true, commodity: true, sourceId: true },
      });
      const existing = new Set(existingRows.map((row) => observationKey(row as ObservationInput)));
      const missing = data.observations.filter((o) => !existing.has(observationKey(o)));
      if (missing.length > 0) await tx.tradeObservation.createMany({ data: missing });
      if (missing.length > 0 || moved > 0 || sourcesChanged) await bumpDataVersion(tx);
      return { created: missing.length, existing: data.observations.length - missing.length };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
