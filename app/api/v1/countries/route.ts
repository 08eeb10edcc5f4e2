// GET /api/v1/countries – China, the five partners and the CA5 aggregate
import { cacheValidators, jsonRead, withApi } from "@/lib/core/http/handler";
import { parseQuery } from "@/lib/core/http/query-params";
import { emptyQuerySchema } from "@/lib/core/http/empty-query";
import { listCountries } from "@/lib/trade/queries";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ request, url, db }) => {
  parseQuery(emptyQuerySchema, url.searchParams);
  const { etag, notModified } = await cacheValidators(db, request, url);
  if (notModified) return notModified;
  const data = await listCountries(db);
  return jsonRead({ data, meta: { count: data.length } }, etag);
});

export const HEAD = GET;
