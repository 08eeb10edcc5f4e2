import type { CsvColumn } from "../core/http/csv-writer";
import type { ProjectRowWithSource } from "./queries";
import type { ProjectFilters } from "./schemas";

/** One row per record; the countries and themes lists are joined by "~" like the API's lists. */
export const PROJECT_CSV_COLUMNS: CsvColumn<ProjectRowWithSource>[] = [
  { header: "id", value: (r) => r.id },
  { header: "kind", value: (r) => r.kind },
  { header: "name", value: (r) => r.name },
  { header: "label", value: (r) => r.label },
  { header: "countries", value: (r) => r.countries.join("~") },
  { header: "sector", value: (r) => r.sector },
  { header: "subsector", value: (r) => r.subsector },
  { header: "status", value: (r) => r.status },
  { header: "start_year", value: (r) => r.startYear },
  { header: "completion_year", value: (r) => r.completionYear },
  { header: "planned_completion_year", value: (r) => r.plannedCompletionYear },
  { header: "amount_usd", value: (r) => r.amountUsd },
  { header: "amount_basis", value: (r) => r.amountBasis },
  { header: "chinese_parties", value: (r) => r.chineseParties },
  { header: "latitude", value: (r) => r.latitude },
  { header: "longitude", value: (r) => r.longitude },
  { header: "coord_precision", value: (r) => r.coordPrecision },
  { header: "geometry_wkt", value: (r) => r.geometryWkt },
  { header: "themes", value: (r) => r.themes.join("~") },
  { header: "note", value: (r) => r.note },
  { header: "source_id", value: (r) => r.sourceId },
  { header: "source_publisher", value: (r) => r.source?.publisher },
  { header: "source_url", value: (r) => r.source?.url },
  { header: "other_source_urls", value: (r) => r.otherSourceUrls.join(" ") },
];

export function projectFileParts(f: ProjectFilters): (string | null)[] {
  const years = f.from !== null || f.to !== null ? `${f.from ?? "start"}-${f.to ?? "latest"}` : null;
  return [f.country?.join("-") ?? null, f.sector?.join("-") ?? null, f.theme?.join("-") ?? null, years];
}
