// A claim's assertion in structured form, as stored (JSON) in Claim.assertion.
// The verdict is never stored: lib/claims/verdicts.ts computes it from data.
// Browser-safe.
import { z } from "zod";
import { CENTRAL_ASIA, REGION_CODE } from "../core/reference/codes";
import { PROJECT_THEMES, THEME_LABELS } from "../projects/schemas";

export const TRADE_COMPARATORS = ["approximately", "more_than", "record_high", "largest_partner", "growing", "forecast_growth"] as const;
export type TradeComparator = (typeof TRADE_COMPARATORS)[number];

export const COMPARATOR_LABELS: Record<TradeComparator | "evidenced" | "largest_economy" | "held", string> = {
  approximately: "approximately",
  more_than: "more than",
  record_high: "record high",
  largest_partner: "largest partner",
  growing: "growing",
  forecast_growth: "will keep growing (forecast)",
  evidenced: "evidenced by project records",
  largest_economy: "largest economy (GDP)",
  held: "took place",
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
  /** the rounding unit of the threshold as written ("$95 billion" → 1e9); the band follows it unless tolerancePct is given */
  precision: z.number().positive().optional(),
  /** whose statistics the article cites: that side is judged, the others are shown beside it */
  attribution: z.enum(["CHN", "partner"]).optional(),
  /** the cited body as the article names it ("China's Ministry of Commerce") */
  attributionText: z.string().optional(),
});
export type TradeAssertion = z.infer<typeof tradeAssertionSchema>;

/** Renewables evidence is solar, wind and hydro; a claim may name fewer. */
export const TECHNOLOGIES = ["solar", "wind", "hydro"] as const;
export type Technology = (typeof TECHNOLOGIES)[number];

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
  /** renewables: the technologies that count (default all three); waste-to-energy never does */
  technologies: z.array(z.enum(TECHNOLOGIES)).min(1).optional(),
});
export type ProjectAssertion = z.infer<typeof projectAssertionSchema>;

/** "The largest economy in Central Asia": nominal GDP, judged against reference figures (prisma/data/reference/). */
export const gdpAssertionSchema = z.object({
  metric: z.literal("gdp"),
  partners: z.tuple([z.enum(CENTRAL_ASIA)]),
  comparators: z.tuple([z.literal("largest_economy")]),
  /** the countries compared; default all five */
  among: z.array(z.enum(CENTRAL_ASIA)).optional(),
});
export type GdpAssertion = z.infer<typeof gdpAssertionSchema>;

/** A meeting the article announces or recalls. No data here records events, so it is stated, never judged. */
export const eventAssertionSchema = z.object({
  metric: z.literal("event"),
  comparators: z.tuple([z.literal("held")]),
  event: z.string().min(3),
  year: z.number().int(),
  place: z.string().optional(),
});
export type EventAssertion = z.infer<typeof eventAssertionSchema>;

export const assertionSchema = z.discriminatedUnion("metric", [
  tradeAssertionSchema,
  projectAssertionSchema,
  gdpAssertionSchema,
  eventAssertionSchema,
]);
export type Assertion = z.infer<typeof assertionSchema>;

export const CLAIM_THEMES = ["trade", ...PROJECT_THEMES, "economy", "diplomacy"] as const;
export type ClaimTheme = (typeof CLAIM_THEMES)[number];

export const CLAIM_THEME_LABELS: Record<ClaimTheme, string> = {
  trade: "trade",
  ...THEME_LABELS,
  economy: "economy (GDP)",
  diplomacy: "diplomacy",
};

export const claimRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  quote: z.string().min(5),
  location: z.string(),
  theme: z.enum(CLAIM_THEMES),
  assertion: assertionSchema,
});
export type ClaimRecord = z.infer<typeof claimRecordSchema>;
