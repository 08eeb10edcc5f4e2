// Builders for the OpenAPI 3.1 document, and the fragment for the reference
// routes that belong to no slice. Each slice describes its own routes with
// these (lib/<slice>/openapi.ts) from the same zod schemas its handlers parse
// with; lib/openapi/document.ts only assembles the fragments. Kept free of
// domain imports so every slice may use it.
import { z } from "zod";
import { sourceRefSchema } from "../sources";
import { emptyQuerySchema } from "./empty-query";
import { ERROR_STATUS, type ErrorCode } from "./errors";
import { FORMATS } from "./query-params";

export type JsonSchema = Record<string, unknown>;
export interface Ref {
  $ref: string;
}

export interface OpenApiParameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OpenApiHeader {
  description: string;
  schema: JsonSchema;
}

export interface OpenApiMediaType {
  schema: JsonSchema;
  example?: unknown;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, OpenApiHeader | Ref>;
  content?: Record<string, OpenApiMediaType>;
}

export type SecurityRequirement = Record<string, string[]>;

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** `[]` says "public" explicitly; a protected operation names its scheme. */
  security: SecurityRequirement[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; description?: string; content: Record<string, OpenApiMediaType> };
  responses: Record<string, OpenApiResponse | Ref>;
}

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
export type OpenApiPathItem = Partial<Record<HttpMethod, OpenApiOperation>>;
export type OpenApiPaths = Record<string, OpenApiPathItem>;

export interface OpenApiTag {
  name: string;
  description: string;
}

export interface OpenApiSecurityScheme {
  type: "http";
  scheme: "bearer";
  description: string;
}

export interface OpenApiComponents {
  responses?: Record<string, OpenApiResponse>;
  headers?: Record<string, OpenApiHeader>;
  securitySchemes?: Record<string, OpenApiSecurityScheme>;
}

/** What a slice contributes to the document: its tag(s), its paths and any components only it uses. */
export interface OpenApiFragment {
  tags: OpenApiTag[];
  paths: OpenApiPaths;
  components?: OpenApiComponents;
}

/**
 * Compile-time proof that a zod schema written for the document describes
 * exactly the type a query returns (for bodies whose type is an interface
 * rather than z.infer of a schema): `true satisfies Exactly<A, B>` stops
 * compiling when either side changes alone.
 */
export type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** A zod schema as the JSON Schema a response body must match; zod 4 writes draft 2020-12, the dialect of OpenAPI 3.1. */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): JsonSchema {
  // `$schema` is implied by the document (jsonSchemaDialect defaults to 2020-12); repeating it per schema is noise.
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return json;
}

/** The query parameters of a route, one per key of the object schema the handler parses with. */
export function queryParameters(schema: { shape: Record<string, z.ZodType> }): OpenApiParameter[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    // io "input": what a client sends (strings), not what the transforms make of them.
    const { description, ...fieldSchema } = jsonSchema(field, "input");
    return { name, in: "query", required: false, ...(typeof description === "string" ? { description } : {}), schema: fieldSchema };
  });
}

/** `{ data: [...], meta: { count } }`, the body of the reference lists. */
export function listBodySchema(item: z.ZodType) {
  return z.object({ data: z.array(item), meta: z.object({ count: z.number().int() }) });
}

type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];

/** The codes ERROR_STATUS maps to one status, so each response lists only the codes it can carry. */
export function errorCodes(status: ErrorStatus): [ErrorCode, ...ErrorCode[]] {
  const codes = (Object.keys(ERROR_STATUS) as ErrorCode[]).filter((code) => ERROR_STATUS[code] === status);
  if (codes.length === 0) throw new Error(`No error code maps to ${status}`);
  return codes as [ErrorCode, ...ErrorCode[]];
}

/** The inner object of the error contract of lib/core/http/errors.ts, for one status. */
export function errorObjectSchema(status: ErrorStatus, details: z.ZodType = z.unknown()) {
  return z.object({
    code: z.enum(errorCodes(status)),
    message: z.string(),
    param: z.string().optional().describe("The parameter (or form field) that was wrong"),
    details: details.optional().describe("More about the error where there is more to say"),
  });
}

/** `{ error: { code, message, param?, details? } }`: the one error body of every API route. */
export function errorBodySchema(status: ErrorStatus, details?: z.ZodType) {
  return z.object({ error: errorObjectSchema(status, details) });
}

/** Response headers, declared once under components.headers and keyed by their real names. */
export const HEADERS = {
  ETag: { description: "Changes whenever a seed or an import changes the data; send it back as If-None-Match", schema: { type: "string" } },
  "Cache-Control": {
    description: "Reads may be kept but must be revalidated; errors, uploads and the health check are no-store",
    schema: { type: "string" },
  },
  "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "string", pattern: "^[0-9]+$" } },
  "WWW-Authenticate": { description: "The scheme the route expects: Bearer", schema: { type: "string" } },
} satisfies Record<string, OpenApiHeader>;
export type HeaderName = keyof typeof HEADERS;

/** The named headers as a response's `headers`, each a reference to components.headers. */
export function headerRefs(...names: HeaderName[]): Record<string, Ref> {
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

/** An error response in the shared contract; every error is no-store, some also carry Retry-After or WWW-Authenticate. */
export function errorResponseSpec(
  status: ErrorStatus,
  description: string,
  options: { details?: z.ZodType; headers?: HeaderName[] } = {},
): OpenApiResponse {
  return {
    description,
    headers: headerRefs("Cache-Control", ...(options.headers ?? [])),
    content: { "application/json": { schema: jsonSchema(errorBodySchema(status, options.details)) } },
  };
}

/** Responses several routes share, declared once under components.responses. */
export const SHARED_RESPONSES = {
  NotModified: {
    description: "Not modified: the If-None-Match tag is current; no body",
    headers: headerRefs("ETag", "Cache-Control"),
  },
  BadRequest: errorResponseSpec(400, "A bad or unknown parameter; `param` names it and `message` says what it accepts"),
  NotFound: errorResponseSpec(404, "No such route (or the route is switched off)"),
  ServiceUnavailable: errorResponseSpec(503, "The database cannot be reached; try again after Retry-After seconds", { headers: ["Retry-After"] }),
} satisfies Record<string, OpenApiResponse>;

export function responseRef(name: keyof typeof SHARED_RESPONSES): Ref {
  return { $ref: `#/components/responses/${name}` };
}

/** The components every assembled document carries: the shared responses and the headers they and the reads point to. */
export const SHARED_COMPONENTS: OpenApiComponents = { responses: SHARED_RESPONSES, headers: HEADERS };

/**
 * The CSV form of a read (`format=csv` or `Accept: text/csv`). The example is
 * the header row of the very columns the route writes, so it cannot drift.
 */
export function csvContent(columns: readonly { header: string }[]): Record<string, OpenApiMediaType> {
  const headerRow = columns.map((column) => column.header).join(",");
  return {
    "text/csv": {
      schema: { type: "string", description: `RFC 4180 CSV, UTF-8, CRLF line ends; header row: ${headerRow}` },
      example: `${headerRow}\r\n`,
    },
  };
}

export interface ReadOperation {
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** The zod object the handler parses the query with; parameters and their descriptions come from it. */
  query: { shape: Record<string, z.ZodType> };
  /** The JSON body of a 200. */
  body: z.ZodType;
  bodyDescription: string;
  /** The columns of the CSV form, for reads that also answer CSV. */
  csvColumns?: readonly { header: string }[];
}

/**
 * A public GET through withApi + cacheValidators: 200 with an ETag, 304 to a
 * matching If-None-Match, 400 for any bad or unknown parameter (parseQuery
 * refuses unknown names, so even a route without parameters can answer 400),
 * 503 when the database is down.
 */
export function readOperation(read: ReadOperation): OpenApiOperation {
  const parameters = queryParameters(read.query);
  const content: Record<string, OpenApiMediaType> = {
    "application/json": { schema: jsonSchema(read.body) },
    ...(read.csvColumns ? csvContent(read.csvColumns) : {}),
  };
  return {
    operationId: read.operationId,
    summary: read.summary,
    description:
      (read.description ? `${read.description} ` : "") +
      (parameters.length === 0 ? "Takes no parameters: any parameter is a 400." : "An unknown parameter is a 400 naming it."),
    tags: [read.tag],
    security: [],
    ...(parameters.length > 0 ? { parameters } : {}),
    responses: {
      "200": { description: read.bodyDescription, headers: headerRefs("ETag", "Cache-Control"), content },
      "304": responseRef("NotModified"),
      "400": responseRef("BadRequest"),
      "503": responseRef("ServiceUnavailable"),
    },
  };
}

export const REFERENCE_TAG = "reference";
export const SERVICE_TAG = "service";

const countrySchema = z.object({
  iso3: z.string().describe("ISO 3166-1 alpha-3, or CA5 for the five Central Asian countries together"),
  name: z.string(),
  isAggregate: z.boolean().describe("True for CA5"),
});

const healthOkSchema = z.object({ status: z.literal("ok") });
// The health route answers its 503 itself (it does not go through withApi), with a status beside the usual error object.
const healthDownSchema = z.object({ status: z.literal("unavailable"), error: errorObjectSchema(503) });

const openApiDocumentSchema = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

/** The routes of no slice: reference lists, the health check and this document itself. */
export const coreOpenApi: OpenApiFragment = {
  tags: [
    { name: REFERENCE_TAG, description: "Reference data: the countries and the sources every figure points to" },
    { name: SERVICE_TAG, description: "The service itself: health check and this API description" },
  ],
  paths: {
    "/api/v1/countries": {
      get: readOperation({
        operationId: "listCountries",
        summary: "Countries and the CA5 aggregate",
        description: "China, the five Central Asian partners and CA5, in display order.",
        tag: REFERENCE_TAG,
        query: emptyQuerySchema,
        body: listBodySchema(countrySchema),
        bodyDescription: "Countries",
      }),
    },
    "/api/v1/sources": {
      get: readOperation({
        operationId: "listSources",
        summary: "Every source, with licence and method notes",
        description: "Each source a figure or record points to, preferred first, with how many trade figures it holds.",
        tag: REFERENCE_TAG,
        query: emptyQuerySchema,
        body: listBodySchema(sourceRefSchema.extend({ observationCount: z.number().int().describe("Trade figures from this source") })),
        bodyDescription: "Sources",
      }),
    },
    "/api/health": {
      get: {
        operationId: "getHealth",
        summary: "Is the app up and can it reach its database?",
        description: "One database round trip. Never cached; takes no parameters (any are ignored).",
        tags: [SERVICE_TAG],
        security: [],
        responses: {
          "200": {
            description: "Up, and the database answered",
            headers: headerRefs("Cache-Control"),
            content: { "application/json": { schema: jsonSchema(healthOkSchema) } },
          },
          "503": {
            description: "The database cannot be reached",
            headers: headerRefs("Cache-Control", "Retry-After"),
            content: { "application/json": { schema: jsonSchema(healthDownSchema) } },
          },
        },
      },
    },
    "/api/v1/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        summary: "This API description (OpenAPI 3.1)",
        description: `Generated from the zod schemas the handlers parse with. Every read answers ${FORMATS.join(" or ")} where its 200 lists both. Static: takes no parameters (any are ignored).`,
        tags: [SERVICE_TAG],
        security: [],
        responses: {
          "200": { description: "The OpenAPI document", content: { "application/json": { schema: jsonSchema(openApiDocumentSchema) } } },
        },
      },
    },
  },
};
