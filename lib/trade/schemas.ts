// The trade API's query, one zod schema shared by the route handlers, the
// OpenAPI document and the pages that build API URLs. Browser-safe.
import { z } from "zod";
import { enumParam, FORMATS, listOf, LIST_SEPARATOR, truncate, yearParam } from "../core/http/query-params";
import { sourceRefSchema, type SourceRef } from "../core/sources";
import {
  ALL_GOODS,
  CENTRAL_ASIA,
  FLOWS,
  MAX_YEAR,
  MIN_YEAR,
  REGION_CODE,
  REPORTER_CODES,
  UNSTATED_REPORTER,
  type Flow,
  type PartnerCode,
} from "../core/reference/codes";

export const PARTNER_CODES = [...CENTRAL_ASIA, REGION_CODE] as const;
/** `partner` as a reporter means "each partner's own statistics". */
export const REPORTER_FILTER_VALUES = [...REPORTER_CODES, "partner"] as const;
export type ReporterFilter = (typeof REPORTER_FILTER_VALUES)[number];

export const PERIOD_FILTERS = ["full", "part", "month", "all"] as const;
export type PeriodFilter = (typeof PERIOD_FILTERS)[number];

/** `preferred`: every figure (default), only the one each series uses, or only the others. */
export const PREFERRED_FILTERS = ["all", "true", "false"] as const;

/** `synthetic`: generated benchmark rows are left out unless asked for. */
export const SYNTHETIC_FILTERS = ["exclude", "include"] as const;
export type SyntheticFilter = (typeof SYNTHETIC_FILTERS)[number];

/** At most this many commodity codes in one query, so the work stays bounded. */
export const MAX_COMMODITY_CODES = 50;

/** "all": every row whatever its commodity (the totals and every HS code). */
export const COMMODITY_ALL = "all";
/** "*": every HS-coded row, never the totals; "27*": every code of HS chapter 27. */
export const COMMODITY_ANY_HS = "*";

const COMMODITY_TOKEN = /^(?:\d{2}|\d{4}|\d{6})\*?$/;

/**
 * `commodity`: TOTAL (default: all goods), "all", "*" or HS codes of 2, 4 or
 * 6 digits, each optionally ending in "*" for every code that starts with it;
 * several joined by "~". Normalised: TOTAL upper-case, "all" alone.
 */
export function commodityParam() {
  return z
    .string()
    .optional()
    .transform((value, ctx): string[] | undefined => {
      if (value === undefined || value.trim() === "") return undefined;
      const items = value.split(LIST_SEPARATOR).map((item) => item.trim());
      if (items.length > MAX_COMMODITY_CODES) {
        ctx.addIssue({ code: "custom", message: `at most ${MAX_COMMODITY_CODES} commodity codes (joined by "${LIST_SEPARATOR}")` });
        return z.NEVER;
      }
      const out: string[] = [];
      for (const item of items) {
        const token =
          item.toUpperCase() === ALL_GOODS
            ? ALL_GOODS
            : item.toLowerCase() === COMMODITY_ALL
              ? COMMODITY_ALL
              : item === COMMODITY_ANY_HS || COMMODITY_TOKEN.test(item)
                ? item
                : null;
        if (token === null) {
          ctx.addIssue({
            code: "custom",
            message: `"${truncate(item)}" is not a commodity; accepted: ${ALL_GOODS} (all goods, the default), ${COMMODITY_ALL} (every row), ${COMMODITY_ANY_HS} (every HS code), an HS code of 2, 4 or 6 digits such as 2709, or a code ending in * for every code that starts with it (27*); several joined by "${LIST_SEPARATOR}"`,
          });
          return z.NEVER;
        }
        if (!out.includes(token)) out.push(token);
      }
      return out.includes(COMMODITY_ALL) ? [COMMODITY_ALL] : out;
    });
}

const tradeQueryShape = {
  partner: listOf(PARTNER_CODES, "partner").describe(
    `Partner countries as ISO3, several joined by "${LIST_SEPARATOR}" (e.g. KAZ~UZB). ${REGION_CODE} = published totals for all five together. Default: the five countries.`,
  ),
  reporter: listOf(REPORTER_FILTER_VALUES, "reporter").describe(
    `Who published the figure: CHN (China's customs), a partner's ISO3 (its own statistics), "partner" (each partner's own statistics), EDB, COW, ${UNSTATED_REPORTER} (published figures whose page does not say whose statistics they are: never a series). Several joined by "${LIST_SEPARATOR}". Default: all.`,
  ),
  flow: listOf(FLOWS, "flow").describe(
    `Flow seen from China's side: turnover, china_exports, china_imports. Several joined by "${LIST_SEPARATOR}". Default: all.`,
  ),
  commodity: commodityParam().describe(
    `Goods: ${ALL_GOODS} (default) = all goods, the exact totals; an HS code of 2, 4 or 6 digits (2709); a code ending in * for every code that starts with it (27* = HS chapter 27); * = every HS code (never the totals); ${COMMODITY_ALL} = every row, totals and HS codes (do not add them up). Several joined by "${LIST_SEPARATOR}".`,
  ),
  from: yearParam(MIN_YEAR, MAX_YEAR).describe("First year, inclusive."),
  to: yearParam(MIN_YEAR, MAX_YEAR).describe("Last year, inclusive."),
  period: enumParam(PERIOD_FILTERS, "full").describe(
    "full (default): full years only; part: part-year figures such as 2023H1 or 2024M1-11; month: monthly figures; all: every period.",
  ),
  preferred: enumParam(PREFERRED_FILTERS, "all").describe(
    `all (default): every figure; true: only the figure Caravan's series use where a reporter has several for the same partner, period, flow and goods (lowest source priority, ties to the smaller source id); false: only the others. ${UNSTATED_REPORTER} figures are in no series, so never preferred.`,
  ),
  synthetic: enumParam(SYNTHETIC_FILTERS, "exclude").describe(
    "exclude (default): real figures only; include: generated benchmark rows (synthetic = true) as well.",
  ),
  format: enumParam(FORMATS, "json").describe("json (default) or csv."),
};

function yearsInOrder(q: { from?: number; to?: number }, ctx: z.RefinementCtx): void {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `from (${q.from}) is after to (${q.to})` });
  }
}

export const tradeQuerySchema = z.object(tradeQueryShape).superRefine(yearsInOrder);

/**
 * The mirror view compares CHN with each partner's own figures, so it takes no
 * reporter; and it always uses each side's preferred figure, so no `preferred`.
 */
const { reporter: _reporter, preferred: _preferred, ...mirrorQueryShape } = tradeQueryShape;
export const mirrorQuerySchema = z.object(mirrorQueryShape).superRefine(yearsInOrder);
export type MirrorQuery = z.output<typeof mirrorQuerySchema>;

export type TradeQuery = z.output<typeof tradeQuerySchema>;

/** The filters with defaults applied, as echoed in `meta.filters`. */
export interface TradeFilters {
  partner: PartnerCode[];
  reporter: ReporterFilter[] | null;
  flow: Flow[];
  from: number | null;
  to: number | null;
  period: PeriodFilter;
  /** Commodity codes as parsed by commodityParam; absent means TOTAL (all goods). */
  commodity?: string[];
  /** true: only the figures the series use; false: only the others; absent or null: every figure. */
  preferred?: boolean | null;
  /** Absent means "exclude": code that does not ask never sees generated rows. */
  synthetic?: SyntheticFilter;
}

/** The query of /api/v1/trade or (without `preferred`) of the mirror view. */
type ResolvableQuery = Omit<TradeQuery, "preferred"> & Partial<Pick<TradeQuery, "preferred">>;

export function resolveTradeFilters(q: ResolvableQuery): TradeFilters {
  return {
    partner: q.partner ?? [...CENTRAL_ASIA],
    reporter: q.reporter ?? null,
    flow: q.flow ?? [...FLOWS],
    from: q.from ?? null,
    to: q.to ?? null,
    period: q.period,
    commodity: q.commodity ?? [ALL_GOODS],
    // the mirror's query has no `preferred`: its echoed filters then leave it out too
    ...(q.preferred !== undefined ? { preferred: q.preferred === "true" ? true : q.preferred === "false" ? false : null } : {}),
    synthetic: q.synthetic,
  };
}

/** The API's JSON bodies. The TypeScript types and the OpenAPI document both come from these. */

export const tradeRowSchema = z.object({
  year: z.number().int(),
  period: z.string().describe('"2024" for a full year; "2023H1", "2024M1-11" for part-years; "2024M03" for a month'),
  periodKind: z.enum(["full_year", "part_year", "month"]),
  partner: z.string().describe("ISO3 of the Central Asian partner, or CA5 for all five together"),
  reporter: z.string().describe("Who published the figure"),
  flow: z.enum(FLOWS).describe("Seen from China's side"),
  commodity: z.string().describe(`${ALL_GOODS} for all goods, otherwise the HS code`),
  valueUsd: z.number().describe("US dollars"),
  sourceId: z.string(),
  derivation: z.string().nullable().describe("Set when computed from other figures of the same source, and how"),
  note: z.string().nullable(),
  revised: z.boolean().describe("True when an import corrected this figure; see its revision history"),
  synthetic: z.boolean().describe("True for generated scale/benchmark rows (never real figures)"),
  preferred: z
    .boolean()
    .describe(
      `True for the figure Caravan's series use among this reporter's figures for the same partner, period, flow and goods (lowest source priority, ties to the smaller source id); false for the others, and always for ${UNSTATED_REPORTER}, which is no series`,
    ),
});
/**
 * The API always sends commodity, synthetic and preferred; they are optional
 * in the type only so code that builds all-goods rows by hand need not spell
 * them out.
 */
export type TradeRow = Omit<z.infer<typeof tradeRowSchema>, "commodity" | "synthetic" | "preferred"> & {
  commodity?: string;
  synthetic?: boolean;
  preferred?: boolean;
};

export const tradeResponseSchema = z.object({
  data: z.array(tradeRowSchema),
  sources: z.array(sourceRefSchema),
  meta: z.object({ count: z.number().int(), filters: z.record(z.string(), z.unknown()) }),
});

export interface TradeResponse {
  data: TradeRow[];
  sources: SourceRef[];
  meta: { count: number; filters: TradeFilters };
}

export const mirrorRowSchema = z.object({
  partner: z.string(),
  year: z.number().int(),
  period: z.string(),
  flow: z.enum(FLOWS),
  chinaValueUsd: z.number().nullable().describe("China's customs figure; null when missing"),
  partnerValueUsd: z.number().nullable().describe("The partner's own figure; null when missing"),
  gapUsd: z.number().nullable().describe("China's figure minus the partner's"),
  gapPct: z.number().nullable().describe("The gap as a percentage of the partner's figure"),
  chinaSourceId: z.string().nullable(),
  partnerSourceId: z.string().nullable(),
});

export const mirrorResponseSchema = z.object({
  data: z.array(mirrorRowSchema),
  sources: z.array(sourceRefSchema),
  meta: z.object({ count: z.number().int(), filters: z.record(z.string(), z.unknown()), note: z.string() }),
});

/** Top commodities: one reporter and one flow, so the values are never summed across publishers or directions. */
export const TOP_COMMODITIES_MAX = 100;

function limitParam(max: number, fallback: number) {
  return z
    .string()
    .optional()
    .transform((value, ctx): number => {
      if (value === undefined || value.trim() === "") return fallback;
      if (!/^\d{1,3}$/.test(value.trim()) || Number(value) < 1 || Number(value) > max) {
        ctx.addIssue({ code: "custom", message: `"${truncate(value)}" is not accepted; give a whole number from 1 to ${max}` });
        return z.NEVER;
      }
      return Number(value);
    });
}

export const topCommoditiesQuerySchema = z
  .object({
    partner: tradeQueryShape.partner,
    reporter: enumParam(REPORTER_FILTER_VALUES, "CHN").describe(
      "One reporter: CHN (default, China's customs), a partner's ISO3, or \"partner\" (each partner's own statistics).",
    ),
    flow: enumParam(["china_exports", "china_imports"] as const, "china_exports").describe("china_exports (default) or china_imports."),
    commodity: commodityParam().describe(
      `Which HS codes compete: * (default) = every HS code; 27* = the codes of HS chapter 27; or codes joined by "${LIST_SEPARATOR}".`,
    ),
    from: yearParam(MIN_YEAR, MAX_YEAR).describe("First year, inclusive. Default: the latest year with commodity data."),
    to: yearParam(MIN_YEAR, MAX_YEAR).describe("Last year, inclusive. Default: the latest year with commodity data."),
    period: enumParam(["full", "month"] as const, "full").describe("full (default): annual figures; month: the sum of monthly figures."),
    limit: limitParam(TOP_COMMODITIES_MAX, 10).describe(`How many commodities, 1–${TOP_COMMODITIES_MAX}; default 10.`),
    synthetic: tradeQueryShape.synthetic,
    format: enumParam(FORMATS, "json").describe("json (default) or csv."),
  })
  .superRefine(yearsInOrder)
  .superRefine((q, ctx) => {
    if (q.commodity?.some((c) => c === ALL_GOODS || c === COMMODITY_ALL)) {
      ctx.addIssue({
        code: "custom",
        path: ["commodity"],
        message: `commodity: ${ALL_GOODS} and ${COMMODITY_ALL} are not ranked; give HS codes, a prefix such as 27*, or *`,
      });
    }
  });
export type TopCommoditiesQuery = z.output<typeof topCommoditiesQuerySchema>;

export const topCommodityRowSchema = z.object({
  rank: z.number().int(),
  commodity: z.string().describe("HS code"),
  valueUsd: z.number().describe("Sum over the partners, years and periods asked for, in US dollars"),
  sharePct: z.number().nullable().describe("Share of the all-goods total of the same reporter, flow, partners and periods; null when no total"),
  observations: z.number().int().describe("How many figures were added up"),
});
export type TopCommodityRow = z.infer<typeof topCommodityRowSchema>;

export const topCommoditiesResponseSchema = z.object({
  data: z.array(topCommodityRowSchema),
  meta: z.object({
    count: z.number().int(),
    totalUsd: z.number().nullable().describe("The all-goods (TOTAL) figure the shares refer to"),
    filters: z.record(z.string(), z.unknown()),
    synthetic: z.boolean().describe("True when any figure added up is synthetic"),
  }),
});
export type TopCommoditiesResponse = z.infer<typeof topCommoditiesResponseSchema>;
