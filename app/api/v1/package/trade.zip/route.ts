// GET /api/v1/package/trade.zip – the trade figures of /api/v1/trade (same filters) as data.csv, sources.csv and README.md
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { TRADE_PACKAGE } from "@/lib/share/package";
import { resolveTradePackageFilters, tradePackageQuerySchema } from "@/lib/share/schemas";
import { findTrade } from "@/lib/trade/queries";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: tradePackageQuerySchema,
  resolve: resolveTradePackageFilters,
  find: findTrade,
  file: TRADE_PACKAGE,
});
