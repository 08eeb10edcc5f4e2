import type { CsvColumn } from "../core/http/csv-writer";
import { COUNTRY_NAMES, reporterLabel } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import type { CheckedClaim, CheckResponse, CheckVerdict, Figure } from "./schemas";

/** One row per figure a verdict rests on: the evidence pack of a check, every number with its source. */
export type CheckEvidenceRow = { claim: CheckedClaim; verdict: CheckVerdict; figure: Figure; source: SourceRef | undefined };

export const CHECK_EVIDENCE_CSV_COLUMNS: CsvColumn<CheckEvidenceRow>[] = [
  { header: "claim", value: (r) => r.claim.index + 1 },
  { header: "claim_text", value: (r) => r.claim.text },
  { header: "claim_partners", value: (r) => r.claim.assertion.partners.join(";") },
  { header: "claim_period", value: (r) => r.claim.assertion.period },
  { header: "claim_value", value: (r) => r.claim.assertion.value },
  { header: "claim_currency", value: (r) => r.claim.assertion.currency },
  { header: "reporter", value: (r) => r.verdict.reporter },
  { header: "reporter_name", value: (r) => reporterLabel(r.verdict.reporter) },
  { header: "verdict", value: (r) => r.verdict.verdict },
  { header: "reason", value: (r) => r.verdict.reason },
  { header: "figure_partner", value: (r) => COUNTRY_NAMES[r.figure.partner] ?? r.figure.partner },
  { header: "figure_period", value: (r) => r.figure.period },
  { header: "figure_flow", value: (r) => r.figure.flow },
  { header: "figure_value_usd", value: (r) => r.figure.valueUsd },
  { header: "source_id", value: (r) => r.figure.sourceId },
  { header: "source_publisher", value: (r) => r.source?.publisher },
  { header: "source_title", value: (r) => r.source?.title },
  { header: "source_url", value: (r) => r.source?.url },
];

export async function* checkEvidenceRows(body: () => Promise<CheckResponse>): AsyncGenerator<CheckEvidenceRow> {
  const check = await body();
  const sources = new Map(check.sources.map((s) => [s.id, s]));
  for (const claim of check.data) {
    for (const verdict of claim.verdicts) {
      for (const figure of verdict.figures) yield { claim, verdict, figure, source: sources.get(figure.sourceId) };
    }
  }
}
