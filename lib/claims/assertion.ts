// A claim's assertion in structured form, as stored (JSON) in Claim.assertion.
// The verdict is never stored: lib/claims/verdicts.ts computes it from data.
// Browser-safe.
import { z } from "zod";
import { CENTRAL_ASIA, REGION_CODE } from "../core/reference/codes";
import { PROJECT_THEMES } from "../projects/schemas";

export const TRADE_COMPARATORS = ["approximately", "more_than", "record_high", "largest_partner", "growing", "forecast_growth"] as const;
export type TradeComparator = (typeof TRADE_COMPARATORS)[number];

export const COMPARATOR_LABELS: Record<TradeComparator | "evidenced", string> = {
  approximately: "approximately",
  more_than: "more than",
  record_high: "record high",
  largest_partner: "largest partner",
  growing: "growing",
  forecast_growth: "will keep growing (forecast)",
  evidenced: "evidenced by project records",
};

const partnerCode = z.enum([...CENTRAL_ASIA, REGION_CODE]);

export const tradeAssertionSchema = z.object({
  metric: z.literal("turnover"),
  /** ["CA5"] = China with all five together (a published total, or the sum of all five from one reporter) */
  partners: z.array(partnerCode).min(1),
  /** first and last year the claim speaks of; one year: from = to */
  years: z.object({ from: z.number().int(), to: z.number().int() }),
  comparators: z.array(z.enum(TRADE_COMPARATORS)).min(1),
  /** US dollars, for approximately / more_than */
  threshold: z.number().optional(),
  /** how far from the threshold still counts as "approximately" (and how far under it is "just short") */
  tolerancePct: z.number().min(0).optional(),
  /** largest_partner: the countries compared */
  among: z.array(z.enum(CENTRAL_ASIA)).optional(),
});
export type TradeAssertion = z.infer<typeof tradeAssertionSchema>;

export const projectAssertionSchema = z.object({
  metric: z.literal("projects"),
  comparators: z.tuple([z.literal("evidenced")]),
  theme: z.enum(PROJECT_THEMES),
  /** each of these needs its own evidence */
  countries: z.array(z.enum(CENTRAL_ASIA)).optional(),
  /** a named project the article mentions */
  nameIncludes: z.string().optional(),
  /** where the named project should be, to find the closest record when the name is not found */
  place: z.string().optional(),
  /** only records whose name or source sector mentions one of these words */
  keywords: z.array(z.string()).optional(),
});
export type ProjectAssertion = z.infer<typeof projectAssertionSchema>;

export const assertionSchema = z.discriminatedUnion("metric", [tradeAssertionSchema, projectAssertionSchema]);
export type Assertion = z.infer<typeof assertionSchema>;

export const CLAIM_THEMES = ["trade", ...PROJECT_THEMES] as const;
export type ClaimTheme = (typeof CLAIM_THEMES)[number];

export const claimRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  quote: z.string().min(5),
  location: z.string(),
  theme: z.enum(CLAIM_THEMES),
  assertion: assertionSchema,
});
export type ClaimRecord = z.infer<typeof claimRecordSchema>;
