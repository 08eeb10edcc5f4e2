import { getDb } from "@/lib/core/db/client";
import { isSeriesReporter, reporterLabel } from "@/lib/core/reference/codes";
import { findFreshness, type DataFreshness } from "@/lib/trade/freshness";

/** "China's customs to 2025 (and 2025M1-11)": the latest period of one reporter. */
function latestOf(entry: DataFreshness["latest"][number]): string {
  const full = entry.fullYear !== null ? `to ${entry.fullYear}` : "no full year";
  const part = entry.partYear && (entry.fullYear === null || Number(entry.partYear.slice(0, 4)) > entry.fullYear) ? ` (and ${entry.partYear})` : "";
  return `${reporterLabel(entry.reporter)} ${full}${part}`;
}

/** How fresh the data is, on every page: the latest period per reporter and when the data was loaded. */
export async function DataFreshnessNote() {
  let freshness: DataFreshness;
  try {
    freshness = await findFreshness(getDb());
  } catch {
    // the page itself says when the database is unreachable; this line just stays away
    return null;
  }
  const series = freshness.latest.filter((e) => isSeriesReporter(e.reporter));
  const loaded = freshness.loadedAt ? new Date(freshness.loadedAt).toISOString().slice(0, 16).replace("T", " ") + " UTC" : "not yet";
  return (
    <p className="freshness small" data-testid="data-freshness">
      <span>Data: {series.map(latestOf).join(" · ")}.</span> <span>Loaded {loaded}.</span>
    </p>
  );
}
