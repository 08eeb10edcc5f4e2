// The claims API's query and JSON body, shared by the route handler, the
// OpenAPI document and the page. Browser-safe.
import { z } from "zod";
import { enumParam, listOf, LIST_SEPARATOR } from "../core/http/query-params";
import { FORMATS } from "../core/http/query-params";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../core/i18n/routing";
import { FLOWS } from "../core/reference/codes";
import { sourceRefSchema, type SourceRef } from "../core/sources";
import { assertionSchema, CLAIM_THEMES, type ClaimRecord, type ClaimTheme } from "./assertion";
import { VERDICTS, type ClaimVerdict } from "./verdict-core";

/** What a verdict's words are in: its explanation and reporter name; the verdict values, ids and figures are the same in every language. */
const VERDICT_LOCALE_TEXT = `The language of the verdicts' explanations and reporter names: ${LOCALES.join(" or ")}. Default: ${DEFAULT_LOCALE}. Verdict values, ids, quotes and figures are the same in every language; in Russian, names as the data writes them (projects, companies) are in «guillemets».`;

/** `locale` in a JSON body (the text checker's requests): optional, en or ru; anything else is a 400 naming it. */
export const verdictLocaleField = z.enum(LOCALES).optional().describe(VERDICT_LOCALE_TEXT);

export const claimsQuerySchema = z.object({
  theme: listOf(CLAIM_THEMES, "theme").describe(
    `Claim themes: trade, one of the project themes, economy or diplomacy; several joined by "${LIST_SEPARATOR}". Default: all.`,
  ),
  format: enumParam(FORMATS, "json").describe("json (default) or csv: one row per claim and reporter."),
  locale: enumParam(LOCALES, DEFAULT_LOCALE).describe(VERDICT_LOCALE_TEXT),
});
export type ClaimsQuery = z.output<typeof claimsQuerySchema>;

export interface ClaimFilters {
  theme: ClaimTheme[] | null;
  /** the verdicts' language; absent: English */
  locale?: Locale;
}

/** The filters of a query; the language only when it is not English, so an English answer's meta.filters is as it always was. */
export function resolveClaimFilters(q: Omit<ClaimsQuery, "locale"> & { locale?: Locale }): ClaimFilters {
  const theme = q.theme ?? null;
  return q.locale && q.locale !== DEFAULT_LOCALE ? { theme, locale: q.locale } : { theme };
}

export const verdictFigureSchema = z.object({
  measure: z.enum([...FLOWS, "gdp"]).describe("A trade flow seen from China's side, or gdp"),
  reporter: z.string().describe("Who published the figure (CHN, KAZ, EDB, COW, IMF-WEO…)"),
  partner: z.string().describe("The country the figure is about, or CA5 for all five together"),
  period: z.string().describe('"2024", "2023H1", "2024M1-11"'),
  valueUsd: z.number().describe("US dollars"),
  sourceId: z.string(),
});

export const verdictSchema = z.object({
  reporter: z
    .string()
    .describe(
      "Who published the figures judged (CHN, KAZ, EDB, COW…, IMF-WEO for GDP), for project claims the record source (named, aei_deal, pipeline), or none",
    ),
  reporterName: z.string(),
  year: z.number().int().nullable(),
  period: z.string().nullable().describe('The period judged: "2024", "2024H1", "2020-2024"; null when none'),
  value: z.number().nullable().describe("US dollars for trade and GDP claims; the number of evidencing records for project claims"),
  unit: z.enum(["usd", "records"]),
  verdict: z
    .enum(VERDICTS)
    .describe(
      'Computed from the stored data at request time, never stored. "other side\'s figure": a reporter the claim does not cite, shown beside the cited side and not counted; "not found in the data": a named thing looked for and absent',
    ),
  role: z.enum(["judged", "other side"]).describe("judged: this reporter's figures decide; other side: shown beside the side the claim cites"),
  explanation: z.string().describe("One sentence with the numbers"),
  figures: z.array(verdictFigureSchema).describe("The figures the verdict was judged on (trade and GDP claims)"),
  sourceIds: z.array(z.string()),
  projectIds: z.array(z.string()),
});

export const claimRowSchema = z.object({
  id: z.string(),
  quote: z.string().describe("A short quote from the article"),
  location: z.string().describe("Where it stands in the article"),
  theme: z.enum(CLAIM_THEMES),
  assertion: assertionSchema.describe(
    "The claim in structured form: metric (turnover, projects, gdp, event), partners, years, comparators, threshold…",
  ),
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
