// What one shareable chart shows, independent of how it is drawn: the chart
// images (chart-svg.ts), the embeds (components/share/embed-chart.tsx, with
// the site's own Recharts components) and the link previews all draw this.
// Colours are named by role (a reporter, a country, a flow, a project status)
// and resolved by the caller from the site's one colour map
// (components/charts/chart-colors.ts), which lib/ may not import. Browser-safe.
import type { YearRow } from "../core/chart-rows";

export const CHART_KINDS = ["trade", "mirror", "claim"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** A colour by role: reporter CHN, country KAZ, flow turnover, project status operational, verdict supported. */
export interface ChartTone {
  palette: "reporter" | "country" | "flow" | "status" | "verdict";
  code: string;
}

/** The site's colour map, handed in by components/share/chart-palette.ts. */
export type ChartPalette = (tone: ChartTone) => string;

export interface ChartSeries {
  key: string;
  label: string;
  tone: ChartTone;
  dashed?: boolean;
}

/** A claimed figure: a dot at (x, y), or, without x, a threshold line across the chart at y (as the pages mark it). */
export interface ChartMarker {
  x?: number;
  y: number;
  label: string;
}

/** A bar chart's row when the bars are not years: `{ [index]: "Kazakhstan", operational: 3, … }`. */
export type LabelRow = Record<string, string | number | null>;

export interface ChartModel {
  kind: ChartKind;
  type: "line" | "bar";
  /** the figure's heading */
  title: string;
  /** what is measured, in what unit, and the rule that keeps reporters apart */
  subtitle: string;
  /** short lines under the subtitle (a claim's verdicts) */
  notes: string[];
  /** "year" for YearRow rows, else the field that names each bar */
  index: string;
  rows: YearRow[] | LabelRow[];
  series: ChartSeries[];
  stacked: boolean;
  unit: "usd" | "records";
  markers: ChartMarker[];
  /** said in place of the chart when there is nothing to draw */
  empty: string | null;
  /** "Source: …": the original providers of the figures drawn */
  sourceLine: string;
  /** path and query of the full view on Caravan (made absolute by the caller) */
  fullViewPath: string;
}
