// The chart images' route declarations, one per chart kind; each
// <chart>.svg and <chart>.png route file exports its kind in one format.
import { CHART_PALETTE } from "@/components/share/chart-palette";
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { chartImage } from "@/lib/share/chart-image";
import type { ImageFormat } from "@/lib/share/chart-ref";
import { findClaimChart, findMirrorChart, findTradeChart } from "@/lib/share/chart-views";
import {
  claimChartQuerySchema,
  localized,
  mirrorChartQuerySchema,
  resolveMirrorChartFilters,
  resolveTradeChartFilters,
  tradeChartQuerySchema,
} from "@/lib/share/schemas";

/** The trade trend chart of / and /countries/[iso3] (filters as /api/v1/trade). */
export const tradeChartRoute = (format: ImageFormat) =>
  readRoute({
    policy: PUBLIC,
    query: tradeChartQuerySchema,
    resolve: (query) => localized(resolveTradeChartFilters(query), query.locale),
    find: (db, { filters, locale }) => findTradeChart(db, filters, locale),
    file: chartImage(format, CHART_PALETTE),
  });

/** The gap chart of /mirror. */
export const mirrorChartRoute = (format: ImageFormat) =>
  readRoute({
    policy: PUBLIC,
    query: mirrorChartQuerySchema,
    resolve: (query) => localized(resolveMirrorChartFilters(query), query.locale),
    find: (db, { filters, locale }) => findMirrorChart(db, filters, locale),
    file: chartImage(format, CHART_PALETTE),
  });

/** One claim's evidence chart of /claims, with its verdicts. */
export const claimChartRoute = (format: ImageFormat) =>
  readRoute({
    policy: PUBLIC,
    query: claimChartQuerySchema,
    resolve: (query) => localized(query.claim, query.locale),
    find: (db, { filters, locale }) => findClaimChart(db, filters, locale),
    file: chartImage(format, CHART_PALETTE),
  });
