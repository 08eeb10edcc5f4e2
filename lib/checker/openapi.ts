// The text checker's part of the OpenAPI document: check a text, judge one
// corrected reading, save a check, read a saved one (JSON or its evidence CSV).
import { errorResponseSpec, jsonSchema, readOperation, responseRef, type OpenApiFragment, type OpenApiOperation } from "../core/http/openapi";
import { CHECK_EVIDENCE_CSV_COLUMNS } from "./csv-columns";
import { checkRequestSchema, checkResponseSchema, judgeRequestSchema, judgeResponseSchema, savedCheckQuerySchema } from "./schemas";
import { z } from "zod";

export const CHECKER_TAG = "checker";

const savedResponseSchema = z.object({
  data: z.object({ id: z.string(), created: z.boolean().describe("False when the same check was saved before"), url: z.string() }),
});

function postOperation(
  operationId: string,
  summary: string,
  description: string,
  request: z.ZodType,
  response: z.ZodType,
  ok = "200",
): OpenApiOperation {
  return {
    operationId,
    summary,
    description,
    tags: [CHECKER_TAG],
    security: [],
    requestBody: { required: true, content: { "application/json": { schema: jsonSchema(request, "input") } } },
    responses: {
      [ok]: { description: "The result", content: { "application/json": { schema: jsonSchema(response) } } },
      ...(ok === "201"
        ? { "200": { description: "The same check was saved before", content: { "application/json": { schema: jsonSchema(response) } } } }
        : {}),
      "400": errorResponseSpec(400, "A bad body: `param` names the field"),
      "413": errorResponseSpec(413, "The body is larger than the limit"),
      "429": errorResponseSpec(429, "Too many requests from this address; see Retry-After"),
      "503": responseRef("ServiceUnavailable"),
    },
  };
}

/** The saved check's id in the path, and a 404 for an id that names no saved check. */
function withPathId(operation: OpenApiOperation): OpenApiOperation {
  return {
    ...operation,
    parameters: [
      {
        name: "id",
        in: "path",
        required: true,
        description: "The check's id (16 characters)",
        schema: { type: "string", pattern: "^[A-Za-z0-9_-]{16}$" },
      },
      ...(operation.parameters ?? []),
    ],
    responses: { ...operation.responses, "404": errorResponseSpec(404, "No saved check has this id") },
  };
}

export const checkerOpenApi: OpenApiFragment = {
  tags: [{ name: CHECKER_TAG, description: "Any text: its trade claims found and judged per reporter" }],
  paths: {
    "/api/v1/check": {
      post: postOperation(
        "checkText",
        "Find the trade claims in a text and judge each per reporter",
        "Every figure of trade between China and the five Central Asian countries in the text (English, Russian or Chinese), with its parsed assertion and a verdict per reporter with the figures it rests on.",
        checkRequestSchema,
        checkResponseSchema,
      ),
    },
    "/api/v1/check/judge": {
      post: postOperation(
        "judgeAssertion",
        "Judge one (corrected) assertion per reporter",
        "For a reading the user corrected: the same engine as /api/v1/check, on one assertion.",
        judgeRequestSchema,
        judgeResponseSchema,
      ),
    },
    "/api/v1/checks": {
      post: postOperation(
        "saveCheck",
        "Save a check under a permalink",
        "The id is a hash of the text, date, language and corrections: saving the same check twice gives the same id (200 instead of 201).",
        checkRequestSchema,
        savedResponseSchema,
        "201",
      ),
    },
    "/api/v1/checks/{id}": {
      get: withPathId(
        readOperation({
          operationId: "getSavedCheck",
          summary: "A saved check, recomputed from current data",
          description:
            "meta.saved says when it was saved, on which data version, and how many verdicts changed since. format=csv: the evidence pack, one row per figure with its source.",
          tag: CHECKER_TAG,
          query: savedCheckQuerySchema,
          body: checkResponseSchema,
          bodyDescription: "The check",
          csvColumns: CHECK_EVIDENCE_CSV_COLUMNS,
        }),
      ),
    },
  },
};
