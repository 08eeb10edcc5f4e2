// GET /api/v1/claims – the article's claims with verdicts computed from the data now; JSON or CSV
import { CLAIM_CSV_COLUMNS, claimCsvRows } from "@/lib/claims/csv-columns";
import { findClaims } from "@/lib/claims/queries";
import { claimsQuerySchema, resolveClaimFilters } from "@/lib/claims/schemas";
import { PUBLIC, readRoute } from "@/lib/core/http/routes";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: claimsQuerySchema,
  resolve: resolveClaimFilters,
  find: findClaims,
  csv: {
    columns: CLAIM_CSV_COLUMNS,
    fileName: (filters) => ["claims", [filters.theme?.join("-")]],
    rows: async function* (_db, _filters, body) {
      yield* claimCsvRows(await body());
    },
  },
});
