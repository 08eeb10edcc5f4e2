// The shape of what the extractor returns, as a zod schema (with descriptions for OpenAPI
// generation) and the TypeScript types inferred from it. extract.ts builds values of these types;
// an API route can validate or document them with the schemas.

import { z } from "zod";
import { CENTRAL_ASIA, FLOWS, REGION_CODE } from "../core/reference/codes";

export const LANGUAGES = ["en", "ru", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

export const COMPARATORS = ["approximately", "more_than", "less_than", "record", "growth_pct", "share_pct"] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const INHERITABLE_FIELDS = ["partners", "period"] as const;

export const extractedAssertionSchema = z.object({
  partners: z
    .array(z.enum([...CENTRAL_ASIA, REGION_CODE]))
    .min(1)
    .describe('ISO3 codes of the Central Asian partner(s) the figure is about, or ["CA5"] for the five together. China is always the other side.'),
  period: z
    .string()
    .nullable()
    .describe(
      'Period as parsePeriod writes it: "2024", "2023H1", "2024Q1", "2024M1-11", "2024M03"; or a span "2013-2024" (growth since a year). Null when the text gives none.',
    ),
  flow: z
    .enum(FLOWS)
    .describe(
      "Seen from China's side: a partner's exports to China are china_imports; China's exports (a partner's imports from China) are china_exports.",
    ),
  value: z
    .number()
    .nullable()
    .describe(
      'The figure in full units of `currency` (95000000000 for "$95 billion"). Null for growth-only and share claims (see growthPct, sharePct).',
    ),
  currency: z.enum(["USD", "CNY"]).nullable().describe("Currency of `value`; null when there is no money value (growth-only and share claims)."),
  comparator: z
    .enum(COMPARATORS)
    .describe(
      "How the text states the figure: approximately (a plain or hedged value), more_than / less_than (a threshold), record (a value said to be a record), growth_pct (a growth-only claim), share_pct (a share).",
    ),
  precision: z
    .number()
    .nullable()
    .describe(
      'Rounding unit implied by how the number is written, in currency units: "$95 billion" → 1e9, "$94.82 billion" → 1e7. Null without a value.',
    ),
  hedge: z.string().nullable().describe('The approximating word as written before the figure ("nearly", "почти", "近", "about"), or null.'),
  record: z.boolean().describe("Whether the text calls the figure a record or an all-time high (also when the comparator is more_than)."),
  growthPct: z.number().nullable().describe('Growth rate in percent stated with the figure ("grew by 12%" → 12; "fell by 3%" → -3), or null.'),
  growthMultiple: z.number().nullable().describe('Growth as a multiple ("doubled" → 2, "grew 100 times" → 100), or null.'),
  sharePct: z.number().nullable().describe('For share claims (comparator share_pct): the share in percent ("accounting for 46%" → 46); else null.'),
  range: z
    .tuple([z.number(), z.number()])
    .nullable()
    .describe('When the text gives a range ("20–22%", "$5–6 billion"), its ends; the value, growth or share is then the midpoint.'),
  attribution: z
    .enum(["CHN", "partner"])
    .nullable()
    .describe(
      "Whose statistics the text says the figure is: China's customs, MOFCOM or other Chinese bodies → CHN; a partner's statistics office or ministry → partner.",
    ),
  attributionText: z.string().nullable().describe("The attribution phrase as written in the text, or null."),
  periodResolvedFrom: z
    .string()
    .nullable()
    .describe("How a relative period was resolved, e.g. \"'last year' with text date 2023-04-20\"; null when the period is written out or missing."),
  inherited: z
    .array(z.enum(INHERITABLE_FIELDS))
    .describe(
      'Fields carried forward from an earlier sentence of the same text because this sentence does not state them ("the two countries", no year).',
    ),
});
export type ExtractedAssertion = z.infer<typeof extractedAssertionSchema>;

export const extractedClaimSchema = z.object({
  start: z
    .number()
    .int()
    .describe("UTF-16 offset in the original text where the figure's phrase starts (the number with its currency, scale and unit)."),
  end: z.number().int().describe("UTF-16 offset just after the figure's phrase."),
  text: z.string().describe('text.slice(start, end): the figure as written, e.g. "$31.2bn", "410.2亿美元", "46%", "doubled".'),
  sentenceStart: z.number().int().describe("UTF-16 offset of the sentence the figure is in (leading whitespace excluded)."),
  sentenceEnd: z.number().int().describe("UTF-16 offset just after that sentence."),
  language: z.enum(LANGUAGES).describe("Language of the sentence: as given by the caller, else detected from its script."),
  assertion: extractedAssertionSchema,
});
export type ExtractedClaim = z.infer<typeof extractedClaimSchema>;

export const extractOptionsSchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe("The text's date (YYYY-MM-DD), used to resolve 'last year' / 'в прошлом году' / '去年'."),
  language: z.enum(LANGUAGES).optional().describe("The text's language; detected per sentence from its script when absent."),
});
export type ExtractOptions = z.infer<typeof extractOptionsSchema>;

/** An assertion with nothing read yet: the extractor fills it in; tests spread their fields over it. */
export function emptyAssertion(): ExtractedAssertion {
  return {
    partners: [],
    period: null,
    flow: "turnover",
    value: null,
    currency: null,
    comparator: "approximately",
    precision: null,
    hedge: null,
    record: false,
    growthPct: null,
    growthMultiple: null,
    sharePct: null,
    range: null,
    attribution: null,
    attributionText: null,
    periodResolvedFrom: null,
    inherited: [],
  };
}
