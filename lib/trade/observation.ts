import type { Flow, PartnerCode, PeriodKind, ReporterCode } from "../core/reference/codes";

/** One figure as the seed and the importer write it. */
export interface ObservationInput {
  partnerIso3: PartnerCode;
  year: number;
  period: string;
  periodKind: PeriodKind;
  reporterCode: ReporterCode;
  flow: Flow;
  commodity: string;
  valueUsd: number;
  sourceId: string;
  derivation: string | null;
  note: string | null;
}

/** The natural key: re-seeding or re-importing the same figure updates, never duplicates. */
export function observationKey(o: Pick<ObservationInput, "partnerIso3" | "period" | "reporterCode" | "flow" | "commodity" | "sourceId">): string {
  return [o.partnerIso3, o.period, o.reporterCode, o.flow, o.commodity, o.sourceId].join("|");
}
