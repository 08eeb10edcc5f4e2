// GET /api/v1/charts/mirror.svg – the reporter-gap chart of /mirror as SVG, in English or (locale=ru) Russian (filters as /api/v1/trade/mirror)
import { CHART_PALETTE } from "@/components/share/chart-palette";
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { chartImage } from "@/lib/share/chart-image";
import { findMirrorChart } from "@/lib/share/chart-views";
import { localized, mirrorChartQuerySchema, resolveMirrorChartFilters } from "@/lib/share/schemas";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: mirrorChartQuerySchema,
  resolve: (query) => localized(resolveMirrorChartFilters(query), query.locale),
  find: (db, { filters, locale }) => findMirrorChart(db, filters, locale),
  file: chartImage("svg", CHART_PALETTE),
});
