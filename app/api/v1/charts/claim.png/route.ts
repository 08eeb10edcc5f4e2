// GET /api/v1/charts/claim.png – one claim's evidence chart of /claims, with its verdicts, as PNG; locale=ru for its words in Russian
import { claimChartRoute } from "../chart-routes";

export const dynamic = "force-dynamic";

export const { GET, HEAD } = claimChartRoute("png");
