import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";

/** Everything an import can write, as counts and a checksum of every figure, to prove "exactly as before". */
export async function snapshot(db: Db) {
  const observations = await db.tradeObservation.findMany({
    orderBy: { id: "asc" },
    select: { id: true, partnerIso3: true, period: true, reporterCode: true, flow: true, commodity: true, sourceId: true, valueUsd: true, note: true },
  });
  const checksum = createHash("sha256").update(JSON.stringify(observations)).digest("hex");
  return {
    observations: observations.length,
    checksum,
    sources: await db.source.count(),
    revisions: await db.observationRevision.count(),
    imports: await db.importRun.count(),
    dataVersion: (await db.dataVersion.findUnique({ where: { id: 1 } }))?.version ?? 0,
  };
}

export const CARAVAN_HEADER = "period,partner,reporter,flow,value_usd,source_id";

export function csv(header: string, lines: string[]): string {
  return [header, ...lines].join("\n") + "\n";
}

const PARTNERS = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
const FLOWS = ["turnover", "china_exports", "china_imports"];

/**
 * `count` valid lines of figures by HS chapter under a new source declared on
 * every line; values vary so a checksum would notice any one of them.
 */
export function largeFile(count: number, sourceId = "bulk-test"): string[] {
  const lines: string[] = [];
  for (let i = 0; lines.length < count; i++) {
    const partner = PARTNERS[i % PARTNERS.length]!;
    const flow = FLOWS[Math.floor(i / PARTNERS.length) % FLOWS.length]!;
    const commodity = String(1000 + Math.floor(i / (PARTNERS.length * FLOWS.length)));
    lines.push(`2020,${partner},CHN,${flow},${(i + 1) * 1234.5},${sourceId},${commodity},Bulk publisher,Bulk title,https://example.org/${sourceId},CC-BY`);
  }
  return lines;
}

export const LARGE_HEADER = "period,partner,reporter,flow,value_usd,source_id,commodity,source_publisher,source_title,source_url,source_licence";
