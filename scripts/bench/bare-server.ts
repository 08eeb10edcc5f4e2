// The ceiling for the API benchmark: a bare node:http server that answers the
// same URLs with the same lib functions on the same database as the Next
// route handlers (parse the query with the same zod schema, read the data
// version as the ETag does, run the query, send JSON). PORT, DATABASE_URL.
import http from "node:http";
import { getDb } from "../../lib/core/db/client";
import { ApiError } from "../../lib/core/http/errors";
import { parseQuery } from "../../lib/core/http/query-params";
import { CENTRAL_ASIA } from "../../lib/core/reference/codes";
import { findTopCommodities, resolveTopCommoditiesFilters } from "../../lib/trade/commodities";
import { getDataVersion } from "../../lib/core/db/data-version";
import { findTrade } from "../../lib/trade/queries";
import { resolveTradeFilters, topCommoditiesQuerySchema, tradeQuerySchema } from "../../lib/trade/schemas";

const db = getDb();

async function answer(url: URL): Promise<unknown> {
  if (url.pathname === "/api/v1/trade") {
    const filters = resolveTradeFilters(parseQuery(tradeQuerySchema, url.searchParams));
    await getDataVersion(db);
    return findTrade(db, filters);
  }
  if (url.pathname === "/api/v1/trade/commodities") {
    const filters = resolveTopCommoditiesFilters(parseQuery(topCommoditiesQuerySchema, url.searchParams), CENTRAL_ASIA);
    await getDataVersion(db);
    return findTopCommodities(db, filters);
  }
  if (url.pathname === "/health") return { ok: true };
  throw new ApiError("not_found", "not found");
}

const server = http.createServer((req, res) => {
  answer(new URL(req.url ?? "/", "http://localhost")).then(
    (body) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    },
    (error: unknown) => {
      const status = error instanceof ApiError ? error.status : 500;
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(error instanceof ApiError ? error.toBody() : { error: { code: "internal_error" } }));
    },
  );
});
server.listen(Number(process.env.PORT ?? 3199), "127.0.0.1");
