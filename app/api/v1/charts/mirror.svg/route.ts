// GET /api/v1/charts/mirror.svg – the reporter-gap chart of /mirror as SVG, in English or (locale=ru) Russian (filters as /api/v1/trade/mirror)
import { mirrorChartRoute } from "../chart-routes";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = mirrorChartRoute("svg");
