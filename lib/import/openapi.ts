// POST /api/v1/imports in the OpenAPI document: the one route behind a bearer
// token. The report is an interface (lib/core/import/types.ts), so its schema
// is written here and pinned to that interface at compile time.
import { z } from "zod";
import { errorResponseSpec, headerRefs, jsonSchema, queryParameters, responseRef, type Exactly, type OpenApiFragment } from "../core/http/openapi";
import { LAYOUTS, type ImportIssue, type ImportReport } from "../core/import/types";
import { importQuerySchema, MAX_UPLOAD_BYTES } from "./upload";

export const IMPORTS_TAG = "imports";
/** The security scheme's name under components.securitySchemes. */
export const ADMIN_TOKEN_SCHEME = "adminToken";

const importIssueSchema = z.object({
  line: z.number().int().describe("Line of the file, 1 = the header"),
  column: z.string().nullable().describe("The header name as written in the file; null: the whole line or file"),
  message: z.string(),
});
true satisfies Exactly<z.infer<typeof importIssueSchema>, ImportIssue>;

const projectFieldValueSchema = z.union([z.string(), z.number(), z.array(z.string()), z.null()]);

const importReportSchema = z.object({
  fileName: z.string(),
  layout: z.enum(LAYOUTS).nullable().describe("The layout recognised from the header; null when none was"),
  dryRun: z.boolean(),
  applied: z.boolean().describe("True when the database was written (never with errors, never in a dry run, never when nothing changed)"),
  importId: z.number().int().nullable(),
  counts: z.object({ rows: z.number().int(), new: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
  sourcesCreated: z.array(z.string()),
  changes: z
    .array(z.object({ line: z.number().int(), key: z.string(), previousValue: z.number().nullable(), newValue: z.number() }))
    .describe("New and changed trade rows (unchanged ones are only counted); empty for a project file"),
  projectChanges: z
    .array(
      z.object({
        line: z.number().int(),
        projectId: z.string(),
        change: z.enum(["new", "changed"]),
        fields: z.array(z.object({ field: z.string(), previous: projectFieldValueSchema, next: projectFieldValueSchema })),
      }),
    )
    .describe("New and changed project records with the fields that changed; empty for a trade file"),
  errors: z.array(importIssueSchema).describe("Always empty in a 200: a file with errors is a 400"),
});
true satisfies Exactly<z.infer<typeof importReportSchema>, ImportReport>;

export const importResponseSchema = z.object({ data: importReportSchema });

export const importOpenApi: OpenApiFragment = {
  tags: [{ name: IMPORTS_TAG, description: "Uploading CSV files of trade figures or project records (admin token)" }],
  components: {
    securitySchemes: {
      [ADMIN_TOKEN_SCHEME]: {
        type: "http",
        scheme: "bearer",
        description: "The server's CARAVAN_ADMIN_TOKEN, as `Authorization: Bearer <token>`. With no token configured the route does not exist (404).",
      },
    },
  },
  paths: {
    "/api/v1/imports": {
      post: {
        operationId: "createImport",
        summary: "Import a CSV of trade figures or project records",
        description: `Multipart field \`file\`; validated, then applied in one transaction (or with dryRun only reported). ${MAX_UPLOAD_BYTES / 1024 / 1024} MB at most; rate-limited per client address, wrong tokens included.`,
        tags: [IMPORTS_TAG],
        security: [{ [ADMIN_TOKEN_SCHEME]: [] }],
        parameters: queryParameters(importQuerySchema),
        requestBody: {
          required: true,
          description: "A UTF-8 CSV in the caravan, tidy, UN Comtrade or project-record layout (docs/import.md)",
          content: {
            "multipart/form-data": {
              schema: { type: "object", properties: { file: { type: "string", format: "binary", description: "The CSV file" } }, required: ["file"] },
            },
          },
        },
        responses: {
          "200": {
            description: "The import report: new, changed and unchanged rows",
            headers: headerRefs("Cache-Control"),
            content: { "application/json": { schema: jsonSchema(importResponseSchema) } },
          },
          "400": errorResponseSpec(
            400,
            "A bad parameter, a body that is not multipart with a `file`, or a file with errors (`details` lists every {line, column, message}); nothing was written",
            {
              details: z.array(importIssueSchema),
            },
          ),
          "401": errorResponseSpec(401, "Missing or wrong bearer token", { headers: ["WWW-Authenticate"] }),
          "404": responseRef("NotFound"),
          "413": errorResponseSpec(413, "The upload is over the size limit"),
          "429": errorResponseSpec(429, "Too many attempts from this address; see Retry-After", { headers: ["Retry-After"] }),
          "503": responseRef("ServiceUnavailable"),
        },
      },
    },
  },
};
