// The claims API's query and JSON body, shared by the route handler, the
// OpenAPI document and the page. Browser-safe.
import { z } from "zod";
import { enumParam, listOf, LIST_SEPARATOR } from "../core/http/query-params";
import { FORMATS } from "../core/http/query-params";
import { sourceRefSchema, type SourceRef } from "../core/sources";
import { assertionSchema, CLAIM_THEMES, type ClaimRecord, type ClaimTheme } from "./assertion";
import { VERDICTS, type ClaimVerdict } from "./verdicts";

export const claimsQuerySchema = z.object({
  theme: listOf(CLAIM_THEMES, "theme").describe(
    `Claim themes: trade, or one of the project themes; several joined by "${LIST_SEPARATOR}". Default: all.`,
  ),
  format: enumParam(FORMATS, "json").describe("json (default) or csv: one row per claim and reporter."),
});
export type ClaimsQuery = z.output<typeof claimsQuerySchema>;

export interface ClaimFilters {
  theme: ClaimTheme[] | null;
}

export function resolveClaimFilters(q: ClaimsQuery): ClaimFilters {
  return { theme: q.theme ?? null };
}

export const verdictSchema = z.object({
  reporter: z
    .string()
    .describe("Who published the figures judged (CHN, KAZ, EDB, COW…), or for project claims the record source (named, aei_deal, pipeline)"),
  reporterName: z.string(),
  year: z.number().int().nullable(),
  value: z.number().nullable().describe("US dollars for trade claims; the number of evidencing records for project claims"),
  unit: z.enum(["usd", "records"]),
  verdict: z.enum(VERDICTS).describe("Computed from the stored data at request time, never stored"),
  explanation: z.string().describe("One sentence with the numbers"),
  sourceIds: z.array(z.string()),
  projectIds: z.array(z.string()),
});

export const claimRowSchema = z.object({
  id: z.string(),
  quote: z.string().describe("A short quote from the article"),
  location: z.string().describe("Where it stands in the article"),
  theme: z.enum(CLAIM_THEMES),
  assertion: assertionSchema.describe("The claim in structured form: metric, partners, years, comparators, threshold…"),
  dataUrl: z.string().describe("The page that shows the evidence, filtered"),
  verdicts: z.array(verdictSchema),
});

export type ClaimRow = ClaimRecord & { dataUrl: string; verdicts: ClaimVerdict[] };

export const claimsResponseSchema = z.object({
  data: z.array(claimRowSchema),
  sources: z.array(sourceRefSchema),
  meta: z.object({
    count: z.number().int(),
    filters: z.record(z.string(), z.unknown()),
    article: z.object({ title: z.string(), publisher: z.string() }),
    note: z.string(),
  }),
});

export interface ClaimsResponse {
  data: ClaimRow[];
  sources: SourceRef[];
  meta: { count: number; filters: ClaimFilters; article: { title: string; publisher: string }; note: string };
}
