// GET /api/v1/trade – trade flows, filtered; JSON or CSV
import { csvFileName, csvResponse, wantsCsv } from "@/lib/core/http/csv-writer";
import { cacheValidators, jsonRead, READ_CACHE_CONTROL, withApi } from "@/lib/core/http/handler";
import { parseQuery } from "@/lib/core/http/query-params";
import { filterFileParts, TRADE_CSV_COLUMNS } from "@/lib/trade/csv-columns";
import { findTrade, iterateTrade } from "@/lib/trade/queries";
import { resolveTradeFilters, tradeQuerySchema } from "@/lib/trade/schemas";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ request, url, db }) => {
  const query = parseQuery(tradeQuerySchema, url.searchParams);
  const filters = resolveTradeFilters(query);
  const { etag, notModified } = await cacheValidators(db, request, url);
  if (notModified) return notModified;
  if (wantsCsv(query.format, request)) {
    return csvResponse(iterateTrade(db, filters), TRADE_CSV_COLUMNS, csvFileName("trade", filterFileParts(filters)), {
      ETag: etag,
      "Cache-Control": READ_CACHE_CONTROL,
    });
  }
  return jsonRead(await findTrade(db, filters), etag);
});

export const HEAD = GET;
