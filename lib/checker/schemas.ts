// The text checker's API: one zod schema module shared by the route
// handlers, the OpenAPI document and the /check page. Browser-safe.
import { z } from "zod";
import { enumParam, FORMATS } from "../core/http/query-params";
import { verdictLocaleField } from "../claims/schemas";
import { VERDICTS, type Verdict } from "../claims/verdict-core";
import { sourceRefSchema, type SourceRef } from "../core/sources";
import { extractedAssertionSchema, extractedClaimSchema, LANGUAGES, type ExtractedAssertion, type ExtractedClaim } from "./extraction-schema";

/** The largest text one check takes, in UTF-8 bytes (a long article is 30–60 kB). */
export const MAX_TEXT_BYTES = 200 * 1024;
/** At most this many corrected assertions in one request. */
export const MAX_CORRECTIONS = 200;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "give the text's date as YYYY-MM-DD")
  .refine(
    (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "not a calendar date",
  );

export const checkRequestSchema = z.object({
  text: z
    .string({ error: "text is required: the article or sentences to check" })
    .min(1, "text is empty")
    .refine((text) => new TextEncoder().encode(text).length <= MAX_TEXT_BYTES, `text is longer than ${MAX_TEXT_BYTES / 1024} kB`)
    .describe(`The text to check: plain text, up to ${MAX_TEXT_BYTES / 1024} kB of UTF-8.`),
  date: isoDate.optional().describe("The text's date (YYYY-MM-DD), so that 'last year', 'в прошлом году' and '去年' resolve."),
  language: z.enum(LANGUAGES).optional().describe("en, ru or zh; detected per sentence when absent."),
  corrections: z
    .array(z.object({ index: z.number().int().min(0), assertion: extractedAssertionSchema }))
    .max(MAX_CORRECTIONS)
    .optional()
    .describe("Assertions the reader corrected, by the claim's index in the result; each is judged as corrected."),
  locale: verdictLocaleField,
});
export type CheckRequest = z.output<typeof checkRequestSchema>;

export const judgeRequestSchema = z.object({
  assertion: extractedAssertionSchema,
  locale: verdictLocaleField,
});

export type CheckVerdictValue = Verdict;

export const figureSchema = z.object({
  reporter: z.string(),
  partner: z.string(),
  period: z.string(),
  flow: z.string(),
  valueUsd: z.number(),
  sourceId: z.string(),
});
export type Figure = z.infer<typeof figureSchema>;

export const checkVerdictSchema = z.object({
  reporter: z.string().describe("Whose figures this verdict is judged on: CHN (China's customs), a partner's ISO3 (its own statistics), EDB, COW"),
  reporterName: z.string(),
  verdict: z.enum(VERDICTS).describe("Computed from the stored data, never stored"),
  role: z
    .enum(["judged", "other side"])
    .describe(
      "judged: this reporter's figures decide; other side: the claim cites another side, so these figures are shown beside it, never counted against it",
    ),
  period: z.string().nullable().describe("The period judged"),
  reason: z.string().describe("One sentence with the numbers"),
  figures: z.array(figureSchema).describe("The figures the verdict was judged on"),
});
export type CheckVerdict = z.infer<typeof checkVerdictSchema>;

export const checkedClaimSchema = extractedClaimSchema.extend({
  index: z.number().int().describe("Position in the result; corrections name it"),
  corrected: z.boolean().describe("True when the assertion is the reader's correction, not the parse"),
  verdicts: z.array(checkVerdictSchema),
});
export type CheckedClaim = ExtractedClaim & { index: number; corrected: boolean; verdicts: CheckVerdict[] };

export const checkMetaSchema = z.object({
  count: z.number().int(),
  dataVersion: z.number().int().describe("The data version the verdicts were computed on"),
  date: z.string().nullable(),
  language: z.enum(LANGUAGES).nullable(),
  textBytes: z.number().int(),
  limits: z.object({ maxTextBytes: z.number().int() }),
  saved: z
    .object({
      id: z.string(),
      createdAt: z.string(),
      firstDataVersion: z.number().int().describe("The data version the check was first made on"),
      dataChanged: z.boolean().describe("True when the data changed since the check was saved; its verdicts are recomputed from current data"),
      changedVerdicts: z.number().int().describe("How many verdicts differ from the ones first made"),
    })
    .nullable(),
});

export const checkResponseSchema = z.object({
  data: z.array(checkedClaimSchema),
  sources: z.array(sourceRefSchema),
  meta: checkMetaSchema,
});
export interface CheckResponse {
  data: CheckedClaim[];
  sources: SourceRef[];
  meta: z.infer<typeof checkMetaSchema>;
}

export const judgeResponseSchema = z.object({
  data: z.object({ assertion: extractedAssertionSchema, verdicts: z.array(checkVerdictSchema) }),
  sources: z.array(sourceRefSchema),
  meta: z.object({ dataVersion: z.number().int() }),
});
export interface JudgeResponse {
  data: { assertion: ExtractedAssertion; verdicts: CheckVerdict[] };
  sources: SourceRef[];
  meta: { dataVersion: number };
}

export const savedCheckParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{16}$/, "not a check id") });

export const savedCheckQuerySchema = z.object({
  format: enumParam(FORMATS, "json").describe("json (default): the check; csv: the figures behind its verdicts, one row per figure, with sources."),
});
