// The site's colours for the shareable charts: the one colour map of the
// pages' charts (reporters, countries, flows) and of the project views
// (statuses) and the verdict badges, by role. Handed to lib/share, which may not import components.
import { COUNTRY_COLORS, FLOW_COLORS, reporterColor } from "@/components/charts/chart-colors";
import { STATUS_COLORS } from "@/components/charts/project-colors";
import type { Verdict } from "@/lib/claims/verdict-core";
import type { ChartPalette } from "@/lib/share/chart-model";

const FALLBACK = "#444";

/** The verdict badges' colours: --ok, --warn, --bad and --muted of app/globals.css (images cannot read CSS variables). */
export const VERDICT_COLORS: Record<Verdict, string> = {
  supported: "#2f7d32",
  "partly supported": "#8a5800",
  contradicted: "#b3261e",
  "not checkable with this data": "#5b6572",
  "not found in the data": "#5b6572",
  "other side's figure": "#5b6572",
};

export const CHART_PALETTE: ChartPalette = ({ palette, code }) => {
  switch (palette) {
    case "reporter":
      return reporterColor(code);
    case "country":
      return COUNTRY_COLORS[code as keyof typeof COUNTRY_COLORS] ?? FALLBACK;
    case "flow":
      return FLOW_COLORS[code as keyof typeof FLOW_COLORS] ?? FALLBACK;
    case "status":
      return STATUS_COLORS[code as keyof typeof STATUS_COLORS] ?? FALLBACK;
    case "verdict":
      return VERDICT_COLORS[code as Verdict] ?? FALLBACK;
  }
};
