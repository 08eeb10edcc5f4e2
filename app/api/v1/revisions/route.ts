// GET /api/v1/revisions – every figure an import corrected: previous value, new value, when, which import
import { cacheValidators, jsonRead, withApi } from "@/lib/core/http/handler";
import { parseQuery } from "@/lib/core/http/query-params";
import { listRevisions, revisionsQuerySchema } from "@/lib/trade/revisions";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ request, url, db }) => {
  const query = parseQuery(revisionsQuerySchema, url.searchParams);
  const { etag, notModified } = await cacheValidators(db, request, url);
  if (notModified) return notModified;
  return jsonRead(await listRevisions(db, query), etag);
});

export const HEAD = GET;
