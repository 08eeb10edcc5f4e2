// GET /api/v1/coverage – first and last year each reporter covers, per partner and flow
import { cacheValidators, jsonRead, withApi } from "@/lib/core/http/handler";
import { parseQuery } from "@/lib/core/http/query-params";
import { emptyQuerySchema } from "@/lib/core/http/empty-query";
import { findCoverage } from "@/lib/trade/coverage";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ request, url, db }) => {
  parseQuery(emptyQuerySchema, url.searchParams);
  const { etag, notModified } = await cacheValidators(db, request, url);
  if (notModified) return notModified;
  return jsonRead(await findCoverage(db), etag);
});

export const HEAD = GET;
