// GET /api/v1/package/claims.zip – the claims' verdicts of /api/v1/claims (same filters) as data.csv, sources.csv and README.md
import { findClaims } from "@/lib/claims/queries";
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { CLAIMS_PACKAGE } from "@/lib/share/package";
import { claimsPackageQuerySchema, resolveClaimsPackageFilters } from "@/lib/share/schemas";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: claimsPackageQuerySchema,
  resolve: resolveClaimsPackageFilters,
  find: findClaims,
  file: CLAIMS_PACKAGE,
});
