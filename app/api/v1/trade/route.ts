// GET /api/v1/trade – trade flows, filtered; JSON or CSV
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { filterFileParts, TRADE_CSV_COLUMNS } from "@/lib/trade/csv-columns";
import { tradeCsvRows } from "@/lib/trade/csv-export";
import { findTrade } from "@/lib/trade/queries";
import { resolveTradeFilters, tradeQuerySchema } from "@/lib/trade/schemas";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: tradeQuerySchema,
  resolve: resolveTradeFilters,
  find: findTrade,
  csv: { columns: TRADE_CSV_COLUMNS, fileName: (filters) => ["trade", filterFileParts(filters)], rows: (db, filters) => tradeCsvRows(db, filters) },
});
