// The text checker's part of the OpenAPI document: check a text, judge one
// corrected reading, save a check, read a saved one (JSON or its evidence CSV).
import { errorResponseSpec, jsonSchema, readOperation, responseRef, type OpenApiFragment, type OpenApiOperation } from "../core/http/openapi";
import { CHECK_EVIDENCE_CSV_COLUMNS } from "./csv-columns";
import { CHECK_LIMITS, CHECK_TIME_BOUND_MS } from "./scheduler";
import { checkRequestSchema, checkResponseSchema, judgeRequestSchema, judgeResponseSchema, savedCheckQuerySchema } from "./schemas";
import { z } from "zod";

export const CHECKER_TAG = "checker";

const savedResponseSchema = z.object({
  data: z.object({ id: z.string(), created: z.boolean().describe("False when the same check was saved before"), url: z.string() }),
});

const seconds = (ms: number) => `${ms / 1000} s`;

/** The time bound of every route that runs a check (lib/checker/scheduler.ts), as the descriptions state it. */
const TIME_BOUND = `A check answers within ${seconds(CHECK_TIME_BOUND_MS)} of its body being read: at most ${CHECK_LIMITS.concurrency} checks compute at once and up to ${CHECK_LIMITS.queueLimit} more wait, each at most ${seconds(CHECK_LIMITS.queueWaitMs)} for its turn; a check computes at most ${seconds(CHECK_LIMITS.timeLimitMs)}. Otherwise 503 with Retry-After.`;

/** The 503 of a route that runs a check: the database, or the checker's turns and time limit. */
const checkUnavailable = errorResponseSpec(
  503,
  `The database cannot be reached (database_unavailable); the checker is busy (checker_busy: ${CHECK_LIMITS.queueLimit} checks already waiting, or no turn within ${seconds(CHECK_LIMITS.queueWaitMs)}); or the check ran past its ${seconds(CHECK_LIMITS.timeLimitMs)} time limit and was stopped (check_timeout). Try again after Retry-After seconds.`,
  { headers: ["Retry-After"] },
);

function postOperation(
  operationId: string,
  summary: string,
  description: string,
  request: z.ZodType,
  response: z.ZodType,
  ok = "200",
  runsCheck = true,
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
      "503": runsCheck ? checkUnavailable : responseRef("ServiceUnavailable"),
    },
  };
}

/** The saved check's id in the path, a 404 for an id that names no saved check, and the 503 of a route that runs a check. */
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
    responses: { ...operation.responses, "404": errorResponseSpec(404, "No saved check has this id"), "503": checkUnavailable },
  };
}

export const checkerOpenApi: OpenApiFragment = {
  tags: [{ name: CHECKER_TAG, description: "Any text: its trade claims found and judged per reporter" }],
  paths: {
    "/api/v1/check": {
      post: postOperation(
        "checkText",
        "Find the trade claims in a text and judge each per reporter",
        `Every figure of trade between China and the five Central Asian countries in the text (English, Russian or Chinese), with its parsed assertion and a verdict per reporter with the figures it rests on. ${TIME_BOUND}`,
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
        "200",
        false,
      ),
    },
    "/api/v1/checks": {
      post: postOperation(
        "saveCheck",
        "Save a check under a permalink",
        `The id is a hash of the text, date, language and corrections: saving the same check twice gives the same id (200 instead of 201). A new check is made before it is saved: ${TIME_BOUND}`,
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
          description: `meta.saved says when it was saved, on which data version, and how many verdicts changed since. format=csv: the evidence pack, one row per figure with its source. The check is made again: ${TIME_BOUND}`,
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
