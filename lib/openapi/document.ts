// The OpenAPI document, generated from the same zod schemas the handlers
// parse with (zod 4's own JSON Schema output): no hand-written copy to drift.
import { z } from "zod";
import { mirrorQuerySchema, mirrorResponseSchema, topCommoditiesQuerySchema, topCommoditiesResponseSchema, tradeQuerySchema, tradeResponseSchema } from "../trade/schemas";
import { FORMATS } from "../core/http/query-params";
import { sourceRefSchema } from "../core/sources";
import { claimsQuerySchema, claimsResponseSchema } from "../claims/schemas";
import { projectsQuerySchema, projectsResponseSchema } from "../projects/schemas";
import { revisionsQuerySchema } from "../trade/revisions";
import { importQuerySchema } from "../import/upload";
import { ERROR_STATUS } from "../core/http/errors";

type ObjectSchema = { shape: Record<string, z.ZodType> };

function queryParameters(schema: ObjectSchema) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
    const { description, $schema: _ignored, ...jsonSchema } = json;
    return { name, in: "query", required: false, description, schema: jsonSchema };
  });
}

function body(schema: z.ZodType) {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as Record<string, unknown>;
  return json;
}

const errorSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS]),
    message: z.string(),
    param: z.string().optional().describe("The parameter that was wrong"),
  }),
});

const errorResponses = {
  "400": { description: "A bad parameter; `param` names it", content: { "application/json": { schema: body(errorSchema) } } },
  "503": { description: "The database is unavailable; see Retry-After", content: { "application/json": { schema: body(errorSchema) } } },
};

const csvContent = { "text/csv": { schema: { type: "string" }, example: "year,period,period_kind,partner,…" } };

function listResponse(item: z.ZodType) {
  return body(z.object({ data: z.array(item), meta: z.object({ count: z.number().int() }) }));
}

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Caravan API",
      version: "1.0.0",
      description: `China–Central Asia trade, as each side reports it, with the source of every figure. Formats: ${FORMATS.join(", ")}. Every read sends an ETag; revalidate with If-None-Match.`,
    },
    paths: {
      "/api/v1/trade": {
        get: {
          summary: "Trade observations, filtered",
          parameters: queryParameters(tradeQuerySchema),
          responses: {
            "200": { description: "Observations and their sources", content: { "application/json": { schema: body(tradeResponseSchema) }, ...csvContent } },
            "304": { description: "Not modified (If-None-Match)" },
            ...errorResponses,
          },
        },
      },
      "/api/v1/trade/mirror": {
        get: {
          summary: "China's figure beside each partner's own figure, with the gap",
          parameters: queryParameters(mirrorQuerySchema),
          responses: {
            "200": { description: "One row per partner, period and flow", content: { "application/json": { schema: body(mirrorResponseSchema) }, ...csvContent } },
            "304": { description: "Not modified (If-None-Match)" },
            ...errorResponses,
          },
        },
      },
      "/api/v1/claims": {
        get: {
          summary: "The article's claims, each with verdicts per reporter computed from the data at request time",
          parameters: queryParameters(claimsQuerySchema),
          responses: {
            "200": { description: "Claims with their verdicts; CSV has one row per claim and reporter", content: { "application/json": { schema: body(claimsResponseSchema) }, ...csvContent } },
            "304": { description: "Not modified (If-None-Match)" },
            ...errorResponses,
          },
        },
      },
      "/api/v1/revisions": {
        get: {
          summary: "Revision history: every value an import replaced, newest first",
          parameters: queryParameters(revisionsQuerySchema),
          responses: { "200": { description: "Revisions" }, "304": { description: "Not modified (If-None-Match)" }, ...errorResponses },
        },
      },
      "/api/v1/imports": {
        post: {
          summary: "Import a CSV of trade figures or project records (multipart field `file`); validated, then applied in one transaction",
          description: "Needs `Authorization: Bearer <CARAVAN_ADMIN_TOKEN>`; with no token configured the route does not exist (404). 5 MB at most; rate-limited per client.",
          parameters: queryParameters(importQuerySchema),
          requestBody: { required: true, content: { "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] } } } },
          responses: {
            "200": { description: "The import report: new, changed and unchanged rows" },
            "400": { description: "The file has errors: `error.details` lists every {line, column, message}; nothing was written" },
            "401": { description: "Missing or wrong bearer token" },
            "404": { description: "Imports are disabled (no CARAVAN_ADMIN_TOKEN)" },
            "413": { description: "The file is over the size limit" },
            "429": { description: "Too many attempts; see Retry-After" },
          },
        },
      },
      "/api/v1/projects": {
        get: {
          summary: "China-linked project records (named projects, AEI tracker deals, GEM pipelines), filtered",
          parameters: queryParameters(projectsQuerySchema),
          responses: {
            "200": { description: "Project records and their sources", content: { "application/json": { schema: body(projectsResponseSchema) }, ...csvContent } },
            "304": { description: "Not modified (If-None-Match)" },
            ...errorResponses,
          },
        },
      },
      "/api/v1/trade/commodities": {
        get: {
          summary: "The largest HS codes for one reporter and flow, with their share of the exact total",
          parameters: queryParameters(topCommoditiesQuerySchema),
          responses: {
            "200": { description: "Ranked HS codes", content: { "application/json": { schema: body(topCommoditiesResponseSchema) }, ...csvContent } },
            "304": { description: "Not modified (If-None-Match)" },
            ...errorResponses,
          },
        },
      },
      "/api/v1/countries": {
        get: {
          summary: "Countries and the CA5 aggregate",
          responses: {
            "200": {
              description: "Countries",
              content: { "application/json": { schema: listResponse(z.object({ iso3: z.string(), name: z.string(), isAggregate: z.boolean() })) } },
            },
            ...errorResponses,
          },
        },
      },
      "/api/v1/sources": {
        get: {
          summary: "Every source, with licence and method notes",
          responses: {
            "200": {
              description: "Sources",
              content: { "application/json": { schema: listResponse(sourceRefSchema.extend({ observationCount: z.number().int() })) } },
            },
            ...errorResponses,
          },
        },
      },
    } as Record<string, unknown>,
  };
}
