// GET /api/v1/trade/mirror – China's figure beside each partner's own, with the gap; JSON or CSV
import { csvFileName, csvResponse, wantsCsv } from "@/lib/core/http/csv-writer";
import { cacheValidators, jsonRead, READ_CACHE_CONTROL, withApi } from "@/lib/core/http/handler";
import { parseQuery } from "@/lib/core/http/query-params";
import { filterFileParts, MIRROR_CSV_COLUMNS } from "@/lib/trade/csv-columns";
import { findMirror } from "@/lib/trade/mirror";
import { mirrorQuerySchema, resolveTradeFilters } from "@/lib/trade/schemas";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ request, url, db }) => {
  const query = parseQuery(mirrorQuerySchema, url.searchParams);
  const { reporter: _ignored, ...filters } = resolveTradeFilters({ ...query, reporter: undefined });
  const { etag, notModified } = await cacheValidators(db, request, url);
  if (notModified) return notModified;
  const mirror = await findMirror(db, filters);
  if (wantsCsv(query.format, request)) {
    const sources = new Map(mirror.sources.map((s) => [s.id, s]));
    async function* rows() {
      for (const row of mirror.data) {
        yield {
          ...row,
          chinaSource: row.chinaSourceId ? sources.get(row.chinaSourceId) : undefined,
          partnerSource: row.partnerSourceId ? sources.get(row.partnerSourceId) : undefined,
        };
      }
    }
    return csvResponse(rows(), MIRROR_CSV_COLUMNS, csvFileName("mirror", filterFileParts(filters)), {
      ETag: etag,
      "Cache-Control": READ_CACHE_CONTROL,
    });
  }
  return jsonRead(mirror, etag);
});

export const HEAD = GET;
