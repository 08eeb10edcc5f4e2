import type { Db } from "../core/db/client";
import type { Flow } from "../core/reference/codes";
import { outranks } from "./preferred";
import { SOURCE_SELECT, tradeWhere, TRADE_ORDER } from "./queries";
import type { z } from "zod";
import type { mirrorRowSchema, TradeFilters } from "./schemas";
import { asSourceKind, type SourceRef } from "../core/sources";

/** One partner, period and flow, as China's customs and as the partner's own statistics report it. */
export type MirrorRow = z.infer<typeof mirrorRowSchema>;

export interface MirrorResponse {
  data: MirrorRow[];
  sources: SourceRef[];
  meta: { count: number; filters: Omit<TradeFilters, "reporter">; note: string };
}

export const MIRROR_NOTE =
  "China's figure is from China's customs (reporter CHN), the partner's from its own statistics. Where one side has several figures for the same period and flow, the one from the most authoritative source is used (official datasets before press quotes, third-party copies last; the rows marked preferred in /api/v1/trade); all of them are in /api/v1/trade. The gap is China's figure minus the partner's, in US dollars and as a percentage of the partner's figure.";

export async function findMirror(db: Db, filters: Omit<TradeFilters, "reporter">): Promise<MirrorResponse> {
  const rows = await db.tradeObservation.findMany({
    where: tradeWhere(db, { ...filters, reporter: ["CHN", "partner"] }),
    orderBy: TRADE_ORDER,
    select: {
      partnerIso3: true,
      year: true,
      period: true,
      flow: true,
      reporterCode: true,
      valueUsd: true,
      sourceId: true,
      source: { select: { priority: true } },
    },
  });
  type Side = { valueUsd: number; sourceId: string; priority: number };
  const pairs = new Map<string, { partner: string; year: number; period: string; flow: Flow; china?: Side; partnerSide?: Side }>();
  for (const r of rows) {
    const key = `${r.partnerIso3}|${r.period}|${r.flow}`;
    const pair = pairs.get(key) ?? { partner: r.partnerIso3, year: r.year, period: r.period, flow: r.flow as Flow };
    const side: Side = { valueUsd: r.valueUsd, sourceId: r.sourceId, priority: r.source.priority };
    const slot = r.reporterCode === "CHN" ? "china" : "partnerSide";
    const current = pair[slot];
    if (!current || outranks(side, current)) pair[slot] = side;
    pairs.set(key, pair);
  }
  const data: MirrorRow[] = [...pairs.values()].map((p) => {
    const china = p.china?.valueUsd ?? null;
    const partner = p.partnerSide?.valueUsd ?? null;
    const gap = china !== null && partner !== null ? Math.round((china - partner) * 100) / 100 : null;
    return {
      partner: p.partner,
      year: p.year,
      period: p.period,
      flow: p.flow,
      chinaValueUsd: china,
      partnerValueUsd: partner,
      gapUsd: gap,
      gapPct: gap !== null && partner ? Math.round((gap / partner) * 1000) / 10 : null,
      chinaSourceId: p.china?.sourceId ?? null,
      partnerSourceId: p.partnerSide?.sourceId ?? null,
    };
  });
  const sourceIds = [...new Set(data.flatMap((d) => [d.chinaSourceId, d.partnerSourceId]).filter((id): id is string => !!id))];
  const sources = sourceIds.length
    ? (await db.source.findMany({ where: { id: { in: sourceIds } }, select: SOURCE_SELECT, orderBy: { id: "asc" } })).map((s) => ({
        ...s,
        kind: asSourceKind(s.kind),
      }))
    : [];
  return { data, sources, meta: { count: data.length, filters, note: MIRROR_NOTE } };
}
