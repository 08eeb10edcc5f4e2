// The claims slice's part of the OpenAPI document, from the zod schemas the
// handler parses and answers with.
import { readOperation, type OpenApiFragment } from "../core/http/openapi";
import { CLAIM_CSV_COLUMNS } from "./csv-columns";
import { claimsQuerySchema, claimsResponseSchema } from "./schemas";

export const CLAIMS_TAG = "claims";

export const claimsOpenApi: OpenApiFragment = {
  tags: [{ name: CLAIMS_TAG, description: "The article's claims, each judged against the stored data at request time" }],
  paths: {
    "/api/v1/claims": {
      get: readOperation({
        operationId: "listClaims",
        summary: "The article's claims, each with verdicts per reporter computed from the data at request time",
        description: "Verdicts are never stored; CSV (format=csv or Accept: text/csv) has one row per claim and reporter.",
        tag: CLAIMS_TAG,
        query: claimsQuerySchema,
        body: claimsResponseSchema,
        bodyDescription: "Claims with their verdicts",
        csvColumns: CLAIM_CSV_COLUMNS,
      }),
    },
  },
};
