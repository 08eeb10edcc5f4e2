// The trade slice's part of the OpenAPI document: observations, the mirror
// view, top commodities, coverage and the revision history. Parameters and
// bodies come from the zod schemas the handlers parse with; coverage and
// revisions return interfaces, so their schemas are written here and pinned
// to those interfaces at compile time.
import { z } from "zod";
import { emptyQuerySchema } from "../core/http/empty-query";
import { readOperation, type Exactly, type OpenApiFragment } from "../core/http/openapi";
import { FLOWS } from "../core/reference/codes";
import type { CoverageEntry, CoverageResponse } from "./coverage";
import { dataFreshnessSchema } from "./freshness";
import { MIRROR_CSV_COLUMNS, TOP_COMMODITY_CSV_COLUMNS, TRADE_CSV_COLUMNS } from "./csv-columns";
import { revisionsQuerySchema, type RevisionRow } from "./revisions";
import {
  mirrorQuerySchema,
  mirrorResponseSchema,
  topCommoditiesQuerySchema,
  topCommoditiesResponseSchema,
  tradeQuerySchema,
  tradeResponseSchema,
} from "./schemas";

export const TRADE_TAG = "trade";

const coverageEntrySchema = z.object({
  partner: z.string().describe("ISO3 of the partner, or CA5"),
  reporter: z.string().describe("Who published the figures"),
  flow: z.string().describe("Seen from China's side"),
  firstYear: z.number().int().describe("First full year with an all-goods figure"),
  lastYear: z.number().int().describe("Last full year with an all-goods figure"),
  count: z.number().int().describe("How many full-year all-goods figures"),
});
export const coverageResponseSchema = z.object({ data: z.array(coverageEntrySchema), meta: dataFreshnessSchema });
true satisfies Exactly<z.infer<typeof coverageEntrySchema>, CoverageEntry>;
true satisfies Exactly<z.infer<typeof coverageResponseSchema>, CoverageResponse>;

const revisionRowSchema = z.object({
  partner: z.string(),
  reporter: z.string(),
  flow: z.string(),
  period: z.string(),
  year: z.number().int(),
  commodity: z.string(),
  sourceId: z.string(),
  previousValue: z.number().describe("US dollars before the import"),
  newValue: z.number().describe("US dollars the import set"),
  currentValue: z.number().describe("The figure as it stands now (a later import may have revised it again)"),
  changedAt: z.string().describe("ISO 8601 time of the import"),
  importId: z.number().int().nullable(),
  importFile: z.string().nullable().describe("File name of the import; null when the import record is gone"),
});
export const revisionsResponseSchema = z.object({ data: z.array(revisionRowSchema), meta: z.object({ count: z.number().int() }) });
true satisfies Exactly<z.infer<typeof revisionRowSchema>, RevisionRow>;

export const tradeOpenApi: OpenApiFragment = {
  tags: [{ name: TRADE_TAG, description: `Trade figures per reporting side (flows: ${FLOWS.join(", ")}), never mixed in one series` }],
  paths: {
    "/api/v1/trade": {
      get: readOperation({
        operationId: "listTrade",
        summary: "Trade observations, filtered",
        description: "Every figure with its reporter and source; JSON or CSV (format=csv or Accept: text/csv).",
        tag: TRADE_TAG,
        query: tradeQuerySchema,
        body: tradeResponseSchema,
        bodyDescription: "Observations and their sources",
        csvColumns: TRADE_CSV_COLUMNS,
      }),
    },
    "/api/v1/trade/mirror": {
      get: readOperation({
        operationId: "getTradeMirror",
        summary: "China's figure beside each partner's own figure, with the gap",
        description: "Takes no reporter: it always compares CHN with the partner's own statistics.",
        tag: TRADE_TAG,
        query: mirrorQuerySchema,
        body: mirrorResponseSchema,
        bodyDescription: "One row per partner, period and flow",
        csvColumns: MIRROR_CSV_COLUMNS,
      }),
    },
    "/api/v1/trade/commodities": {
      get: readOperation({
        operationId: "listTopCommodities",
        summary: "The largest HS codes for one reporter and flow, with their share of the exact total",
        description: "One reporter and one flow, so values are never summed across publishers or directions.",
        tag: TRADE_TAG,
        query: topCommoditiesQuerySchema,
        body: topCommoditiesResponseSchema,
        bodyDescription: "Ranked HS codes",
        csvColumns: TOP_COMMODITY_CSV_COLUMNS,
      }),
    },
    "/api/v1/coverage": {
      get: readOperation({
        operationId: "getTradeCoverage",
        summary: "First and last full year each reporter covers, per partner and flow",
        description: "All-goods, full-year, real (not synthetic) figures only, so empty views can say what is missing.",
        tag: TRADE_TAG,
        query: emptyQuerySchema,
        body: coverageResponseSchema,
        bodyDescription: "Coverage per partner, reporter and flow",
      }),
    },
    "/api/v1/revisions": {
      get: readOperation({
        operationId: "listRevisions",
        summary: "Revision history: every value an import replaced, newest first",
        tag: TRADE_TAG,
        query: revisionsQuerySchema,
        body: revisionsResponseSchema,
        bodyDescription: "Revisions, newest first",
      }),
    },
  },
};
