// GET /api/v1/trade/commodities – the largest HS codes for one reporter and flow; JSON or CSV
import { csvFileName, csvResponse, wantsCsv } from "@/lib/core/http/csv-writer";
import { cacheValidators, jsonRead, READ_CACHE_CONTROL, withApi } from "@/lib/core/http/handler";
import { parseQuery } from "@/lib/core/http/query-params";
import { CENTRAL_ASIA } from "@/lib/core/reference/codes";
import { findTopCommodities, resolveTopCommoditiesFilters } from "@/lib/trade/commodities";
import { TOP_COMMODITY_CSV_COLUMNS } from "@/lib/trade/csv-columns";
import { topCommoditiesQuerySchema } from "@/lib/trade/schemas";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ request, url, db }) => {
  const query = parseQuery(topCommoditiesQuerySchema, url.searchParams);
  const filters = resolveTopCommoditiesFilters(query, CENTRAL_ASIA);
  const { etag, notModified } = await cacheValidators(db, request, url);
  if (notModified) return notModified;
  const result = await findTopCommodities(db, filters);
  if (wantsCsv(query.format, request)) {
    async function* rows() {
      yield* result.data;
    }
    return csvResponse(
      rows(),
      TOP_COMMODITY_CSV_COLUMNS,
      csvFileName("top-commodities", [filters.partner.join("-"), filters.reporter, filters.flow]),
      {
        ETag: etag,
        "Cache-Control": READ_CACHE_CONTROL,
      },
    );
  }
  return jsonRead(result, etag);
});

export const HEAD = GET;
