// The revision history: every value an import replaced, newest first.
import { z } from "zod";
import { listOf, LIST_SEPARATOR, yearParam } from "../core/http/query-params";
import type { Db } from "../core/db/client";
import type { Prisma } from "../generated/prisma-sqlite/client";
import { MAX_YEAR, MIN_YEAR, REPORTER_CODES } from "../core/reference/codes";
import { PARTNER_CODES } from "./schemas";

export const revisionsQuerySchema = z.object({
  partner: listOf(PARTNER_CODES, "partner").describe(`Partner ISO3 codes (or CA5), several joined by "${LIST_SEPARATOR}". Default: all.`),
  reporter: listOf(REPORTER_CODES, "reporter").describe(`Reporter codes, several joined by "${LIST_SEPARATOR}". Default: all.`),
  from: yearParam(MIN_YEAR, MAX_YEAR).describe("First year of the revised figures, inclusive."),
  to: yearParam(MIN_YEAR, MAX_YEAR).describe("Last year of the revised figures, inclusive."),
});
export type RevisionsQuery = z.output<typeof revisionsQuerySchema>;

export interface RevisionRow {
  partner: string;
  reporter: string;
  flow: string;
  period: string;
  year: number;
  commodity: string;
  sourceId: string;
  previousValue: number;
  newValue: number;
  /** the figure as it stands now (a later import may have revised it again) */
  currentValue: number;
  changedAt: string;
  importId: number | null;
  importFile: string | null;
}

const REVISION_SELECT = {
  previousValue: true,
  newValue: true,
  changedAt: true,
  importId: true,
  import: { select: { fileName: true } },
  observation: {
    select: { partnerIso3: true, reporterCode: true, flow: true, period: true, year: true, commodity: true, sourceId: true, valueUsd: true },
  },
} satisfies Prisma.ObservationRevisionSelect;

type SelectedRevision = Prisma.ObservationRevisionGetPayload<{ select: typeof REVISION_SELECT }>;

function toRevisionRow(r: SelectedRevision): RevisionRow {
  return {
    partner: r.observation.partnerIso3,
    reporter: r.observation.reporterCode,
    flow: r.observation.flow,
    period: r.observation.period,
    year: r.observation.year,
    commodity: r.observation.commodity,
    sourceId: r.observation.sourceId,
    previousValue: r.previousValue,
    newValue: r.newValue,
    currentValue: r.observation.valueUsd,
    changedAt: r.changedAt.toISOString(),
    importId: r.importId,
    importFile: r.import?.fileName ?? null,
  };
}

export async function listRevisions(db: Db, q: RevisionsQuery): Promise<{ data: RevisionRow[]; meta: { count: number } }> {
  const observation: Prisma.TradeObservationWhereInput = {};
  if (q.partner) observation.partnerIso3 = { in: q.partner };
  if (q.reporter) observation.reporterCode = { in: q.reporter };
  if (q.from !== undefined || q.to !== undefined) {
    observation.year = { ...(q.from !== undefined ? { gte: q.from } : {}), ...(q.to !== undefined ? { lte: q.to } : {}) };
  }
  const rows = await db.observationRevision.findMany({
    where: { observation },
    orderBy: [{ changedAt: "desc" }, { id: "desc" }],
    select: REVISION_SELECT,
  });
  const data = rows.map(toRevisionRow);
  return { data, meta: { count: data.length } };
}
