// The trade API's query, one zod schema shared by the route handlers, the
// OpenAPI document and the pages that build API URLs. Browser-safe.
import { z } from "zod";
import { enumParam, listOf, LIST_SEPARATOR, yearParam } from "../api/query";
import { CENTRAL_ASIA, FLOWS, MAX_YEAR, MIN_YEAR, REGION_CODE, REPORTER_CODES, type Flow, type PartnerCode } from "../reference/codes";

export const PARTNER_CODES = [...CENTRAL_ASIA, REGION_CODE] as const;
/** `partner` as a reporter means "each partner's own statistics". */
export const REPORTER_FILTER_VALUES = [...REPORTER_CODES, "partner"] as const;
export type ReporterFilter = (typeof REPORTER_FILTER_VALUES)[number];

export const PERIOD_FILTERS = ["full", "part", "month", "all"] as const;
export type PeriodFilter = (typeof PERIOD_FILTERS)[number];

export const FORMATS = ["json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

const tradeQueryShape = {
  partner: listOf(PARTNER_CODES, "partner").describe(
      `Partner countries as ISO3, several joined by "${LIST_SEPARATOR}" (e.g. KAZ~UZB). ${REGION_CODE} = published totals for all five together. Default: the five countries.`,
    ),
    reporter: listOf(REPORTER_FILTER_VALUES, "reporter").describe(
      `Who published the figure: CHN (China's customs), a partner's ISO3 (its own statistics), "partner" (each partner's own statistics), EDB, COW. Several joined by "${LIST_SEPARATOR}". Default: all.`,
    ),
    flow: listOf(FLOWS, "flow").describe(
      `Flow seen from China's side: turnover, china_exports, china_imports. Several joined by "${LIST_SEPARATOR}". Default: all.`,
    ),
    from: yearParam(MIN_YEAR, MAX_YEAR).describe("First year, inclusive."),
    to: yearParam(MIN_YEAR, MAX_YEAR).describe("Last year, inclusive."),
    period: enumParam(PERIOD_FILTERS, "full").describe(
      'full (default): full years only; part: part-year figures such as 2023H1 or 2024M1-11; month: monthly figures; all: every period.',
    ),
    format: enumParam(FORMATS, "json").describe("json (default) or csv."),
};

function yearsInOrder(q: { from?: number; to?: number }, ctx: z.RefinementCtx): void {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `from (${q.from}) is after to (${q.to})` });
  }
}

export const tradeQuerySchema = z.object(tradeQueryShape).superRefine(yearsInOrder);

/** The mirror view compares CHN with each partner's own figures, so it takes no reporter. */
const { reporter: _reporter, ...mirrorQueryShape } = tradeQueryShape;
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
}

export function resolveTradeFilters(q: TradeQuery): TradeFilters {
  return {
    partner: q.partner ?? [...CENTRAL_ASIA],
    reporter: q.reporter ?? null,
    flow: q.flow ?? [...FLOWS],
    from: q.from ?? null,
    to: q.to ?? null,
    period: q.period,
  };
}

/** Builds the query string for the API (and pages) with only non-default values. */
export function tradeSearchParams(f: Partial<TradeFilters> & { format?: Format }): URLSearchParams {
  const params = new URLSearchParams();
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (f.partner && !sameSet(f.partner, CENTRAL_ASIA)) params.set("partner", f.partner.join(LIST_SEPARATOR));
  if (f.reporter && f.reporter.length) params.set("reporter", f.reporter.join(LIST_SEPARATOR));
  if (f.flow && !sameSet(f.flow, FLOWS)) params.set("flow", f.flow.join(LIST_SEPARATOR));
  if (f.from != null) params.set("from", String(f.from));
  if (f.to != null) params.set("to", String(f.to));
  if (f.period && f.period !== "full") params.set("period", f.period);
  if (f.format && f.format !== "json") params.set("format", f.format);
  return params;
}

/** The API's JSON bodies. The TypeScript types and the OpenAPI document both come from these. */
export const sourceRefSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.string().describe("The page or dataset the figure was taken from"),
  licence: z.string(),
  methodNote: z.string().nullable().describe("How the source measures or what was done to its figures"),
  priority: z.number().int().describe("Lower is preferred when one reporter has several figures for the same period and flow"),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const tradeRowSchema = z.object({
  year: z.number().int(),
  period: z.string().describe('"2024" for a full year; "2023H1", "2024M1-11" for part-years; "2024M03" for a month'),
  periodKind: z.enum(["full_year", "part_year", "month"]),
  partner: z.string().describe("ISO3 of the Central Asian partner, or CA5 for all five together"),
  reporter: z.string().describe("Who published the figure"),
  flow: z.enum(FLOWS).describe("Seen from China's side"),
  valueUsd: z.number().describe("US dollars"),
  sourceId: z.string(),
  derivation: z.string().nullable().describe("Set when computed from other figures of the same source, and how"),
  note: z.string().nullable(),
  revised: z.boolean().describe("True when an import corrected this figure; see its revision history"),
});
export type TradeRow = z.infer<typeof tradeRowSchema>;

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
