import { ChartPlaceholder } from "@/components/charts/chart-frame";
import type { ClaimRow } from "@/lib/claims/schemas";

/** What a claim's evidence chart is drawn from: its assertion, its quote (and its translation, "" in English) and the ids of the records its verdicts rest on. */
export type ClaimEvidenceInput = Pick<ClaimRow, "quote" | "assertion"> & { gloss?: string; projectIds: string[] };

export type EvidenceKind = "projects" | "countries" | "reporters";

/** The records chart's box: fixed, so its place can be held before the records are fetched (five countries at most). */
export const PROJECT_CHART_HEIGHT = 190;

/** Which chart a claim's evidence gets; GDP and event claims have none (their verdicts say what they rest on). */
export function evidenceKind(claim: ClaimEvidenceInput): EvidenceKind | null {
  const a = claim.assertion;
  if (a.metric === "projects") return "projects";
  if (a.metric !== "turnover") return null;
  return a.comparators.includes("largest_partner") ? "countries" : "reporters";
}

/** A chart's place, at the size of the chart it will be, while its code and its figures or records are on the way. */
export function EvidencePlaceholder({ kind }: { kind: EvidenceKind }) {
  return kind === "projects" ? <ChartPlaceholder height={PROJECT_CHART_HEIGHT} /> : <ChartPlaceholder short={kind === "reporters"} />;
}
