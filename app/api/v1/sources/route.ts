// GET /api/v1/sources – every source a figure points to, with licence and method notes
import { cacheValidators, jsonRead, withApi } from "@/lib/core/http/handler";
import { parseQuery } from "@/lib/core/http/query-params";
import { emptyQuerySchema } from "@/lib/core/http/empty-query";
import { listSources } from "@/lib/trade/queries";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ request, url, db }) => {
  parseQuery(emptyQuerySchema, url.searchParams);
  const { etag, notModified } = await cacheValidators(db, request, url);
  if (notModified) return notModified;
  const data = await listSources(db);
  return jsonRead({ data, meta: { count: data.length } }, etag);
});

export const HEAD = GET;
