import type { CsvColumn } from "../core/http/csv-writer";
import type { ClaimRow, ClaimsResponse } from "./schemas";
import type { ClaimVerdict } from "./verdicts";

export type ClaimCsvRow = { claim: ClaimRow; verdict: ClaimVerdict; sourceUrls: string };

/** One row per claim and reporter: the verdict with its numbers and where they come from. */
export const CLAIM_CSV_COLUMNS: CsvColumn<ClaimCsvRow>[] = [
  { header: "claim_id", value: (r) => r.claim.id },
  { header: "quote", value: (r) => r.claim.quote },
  { header: "location", value: (r) => r.claim.location },
  { header: "theme", value: (r) => r.claim.theme },
  { header: "comparators", value: (r) => r.claim.assertion.comparators.join("~") },
  { header: "assertion_json", value: (r) => JSON.stringify(r.claim.assertion) },
  { header: "reporter", value: (r) => r.verdict.reporter },
  { header: "reporter_name", value: (r) => r.verdict.reporterName },
  { header: "year", value: (r) => r.verdict.year },
  { header: "period", value: (r) => r.verdict.period },
  { header: "value", value: (r) => r.verdict.value },
  { header: "unit", value: (r) => r.verdict.unit },
  { header: "verdict", value: (r) => r.verdict.verdict },
  { header: "role", value: (r) => r.verdict.role },
  { header: "explanation", value: (r) => r.verdict.explanation },
  // reporter/partner/period/measure=value@source, so each figure can be traced from the CSV alone
  {
    header: "figures",
    value: (r) => r.verdict.figures.map((f) => `${f.reporter}/${f.partner}/${f.period}/${f.measure}=${f.valueUsd}@${f.sourceId}`).join(" "),
  },
  { header: "source_urls", value: (r) => r.sourceUrls },
  { header: "data_url", value: (r) => r.claim.dataUrl },
];

export async function* claimCsvRows(body: ClaimsResponse): AsyncGenerator<ClaimCsvRow> {
  const urls = new Map(body.sources.map((s) => [s.id, s.url]));
  for (const claim of body.data) {
    for (const verdict of claim.verdicts) {
      yield { claim, verdict, sourceUrls: verdict.sourceIds.map((id) => urls.get(id) ?? id).join(" ") };
    }
  }
}
