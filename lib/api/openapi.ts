// The OpenAPI document, generated from the same zod schemas the handlers
// parse with (zod 4's own JSON Schema output): no hand-written copy to drift.
import { z } from "zod";
import { FORMATS, mirrorQuerySchema, mirrorResponseSchema, sourceRefSchema, tradeQuerySchema, tradeResponseSchema } from "../trade/schemas";
import { claimsQuerySchema, claimsResponseSchema } from "../claims/schemas";
import { projectsQuerySchema, projectsResponseSchema } from "../projects/schemas";
import { ERROR_STATUS } from "./errors";

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
