// GET /api/v1/trade/commodities – the largest HS codes for one reporter and flow; JSON or CSV
import { bodyRows, PUBLIC, readRoute } from "@/lib/core/http/routes";
import { CENTRAL_ASIA } from "@/lib/core/reference/codes";
import { findTopCommodities, resolveTopCommoditiesFilters } from "@/lib/trade/commodities";
import { TOP_COMMODITY_CSV_COLUMNS } from "@/lib/trade/csv-columns";
import { topCommoditiesQuerySchema } from "@/lib/trade/schemas";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: topCommoditiesQuerySchema,
  resolve: (query) => resolveTopCommoditiesFilters(query, CENTRAL_ASIA),
  find: findTopCommodities,
  csv: {
    columns: TOP_COMMODITY_CSV_COLUMNS,
    fileName: (filters) => ["top-commodities", [filters.partner.join("-"), filters.reporter, filters.flow]],
    rows: (_db, _filters, body) => bodyRows(body),
  },
});
