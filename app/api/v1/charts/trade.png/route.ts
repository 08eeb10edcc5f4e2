// GET /api/v1/charts/trade.png – the trade trend chart of / and /countries/[iso3] as PNG, in English or (locale=ru) Russian (filters as /api/v1/trade)
import { tradeChartRoute } from "../chart-routes";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = tradeChartRoute("png");
