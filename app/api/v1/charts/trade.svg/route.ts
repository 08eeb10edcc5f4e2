// GET /api/v1/charts/trade.svg – the trade trend chart of / and /countries/[iso3] as SVG, in English or (locale=ru) Russian (filters as /api/v1/trade)
import { CHART_PALETTE } from "@/components/share/chart-palette";
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { chartImage } from "@/lib/share/chart-image";
import { findTradeChart } from "@/lib/share/chart-views";
import { localized, resolveTradeChartFilters, tradeChartQuerySchema } from "@/lib/share/schemas";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: tradeChartQuerySchema,
  resolve: (query) => localized(resolveTradeChartFilters(query), query.locale),
  find: (db, { filters, locale }) => findTradeChart(db, filters, locale),
  file: chartImage("svg", CHART_PALETTE),
});
