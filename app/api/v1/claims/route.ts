// GET /api/v1/claims – the article's claims with verdicts computed from the data now; JSON or CSV
import { csvFileName, csvResponse, wantsCsv } from "@/lib/core/http/csv-writer";
import { cacheValidators, jsonRead, READ_CACHE_CONTROL, withApi } from "@/lib/core/http/handler";
import { parseQuery } from "@/lib/core/http/query-params";
import { CLAIM_CSV_COLUMNS, claimCsvRows } from "@/lib/claims/csv-columns";
import { findClaims } from "@/lib/claims/queries";
import { claimsQuerySchema, resolveClaimFilters } from "@/lib/claims/schemas";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ request, url, db }) => {
  const query = parseQuery(claimsQuerySchema, url.searchParams);
  const filters = resolveClaimFilters(query);
  const { etag, notModified } = await cacheValidators(db, request, url);
  if (notModified) return notModified;
  const body = await findClaims(db, filters);
  if (wantsCsv(query.format, request)) {
    return csvResponse(claimCsvRows(body), CLAIM_CSV_COLUMNS, csvFileName("claims", [filters.theme?.join("-")]), {
      ETag: etag,
      "Cache-Control": READ_CACHE_CONTROL,
    });
  }
  return jsonRead(body, etag);
});

export const HEAD = GET;
