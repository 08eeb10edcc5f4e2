// Shapes figures into one row per year for Recharts. Every year in the range
// gets a row, so a missing figure is a gap in the line (null), never a
// silently interpolated value. Browser-safe.

export interface SeriesPoint {
  year: number;
  series: string;
  valueUsd: number;
  /** shown in the tooltip: publisher, and how the figure was made if derived */
  sourceLabel: string;
}

export type YearRow = { year: number } & Record<string, number | string | null>;

export const sourceKey = (series: string) => `${series}__source`;

export function toYearRows(points: SeriesPoint[], series: string[], range?: { from: number | null; to: number | null }): YearRow[] {
  if (points.length === 0) return [];
  const years = points.map((p) => p.year);
  const first = range?.from ?? Math.min(...years);
  const last = range?.to ?? Math.max(...years);
  const rows = new Map<number, YearRow>();
  for (let year = first; year <= last; year++) {
    const row: YearRow = { year };
    for (const s of series) {
      row[s] = null;
      row[sourceKey(s)] = null;
    }
    rows.set(year, row);
  }
  for (const p of points) {
    const row = rows.get(p.year);
    if (!row) continue;
    row[p.series] = p.valueUsd;
    row[sourceKey(p.series)] = p.sourceLabel;
  }
  return [...rows.values()];
}
