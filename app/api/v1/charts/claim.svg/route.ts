// GET /api/v1/charts/claim.svg – one claim's evidence chart of /claims, with its verdicts, as SVG; locale=ru for its words in Russian
import { CHART_PALETTE } from "@/components/share/chart-palette";
import { PUBLIC, readRoute } from "@/lib/core/http/routes";
import { chartImage } from "@/lib/share/chart-image";
import { findClaimChart } from "@/lib/share/chart-views";
import { claimChartQuerySchema, localized } from "@/lib/share/schemas";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = readRoute({
  policy: PUBLIC,
  query: claimChartQuerySchema,
  resolve: (query) => localized(query.claim, query.locale),
  find: (db, { filters, locale }) => findClaimChart(db, filters, locale),
  file: chartImage("svg", CHART_PALETTE),
});
