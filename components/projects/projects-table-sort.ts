// Sorting the projects table: over every record of the view, not only the page shown.
import { COUNTRY_NAMES } from "@/lib/core/reference/codes";
import type { ProjectBrief } from "@/lib/projects/schemas";
import { STATUS_LABELS } from "@/lib/projects/vocabulary";

export const PROJECT_SORT_KEYS = ["project", "country", "sector", "status", "year", "amount"] as const;
export type ProjectSortKey = (typeof PROJECT_SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

type SortValue = string | number | null;

const VALUE: Record<ProjectSortKey, (p: ProjectBrief) => SortValue> = {
  project: (p) => p.name ?? p.label,
  country: (p) => p.countries.map((c) => COUNTRY_NAMES[c] ?? c).join(", "),
  sector: (p) => p.sector,
  status: (p) => STATUS_LABELS[p.status],
  year: (p) => p.startYear ?? p.completionYear ?? p.plannedCompletionYear ?? null,
  amount: (p) => p.amountUsd,
};

/** The words sorted by, in the page's language (default: English). */
export interface SortLabels {
  country?: (iso3: string) => string;
  status?: (status: ProjectBrief["status"]) => string;
  sector?: (sector: ProjectBrief["sector"]) => string;
}

function valueOf(key: ProjectSortKey, labels: SortLabels): (p: ProjectBrief) => SortValue {
  if (key === "country" && labels.country) return (p) => p.countries.map(labels.country!).join(", ");
  if (key === "status" && labels.status) return (p) => labels.status!(p.status);
  if (key === "sector" && labels.sector) return (p) => labels.sector!(p.sector);
  return VALUE[key];
}

/** A stable sort; records without a value (no year, no amount) go last in either direction. */
export function sortProjects(
  projects: readonly ProjectBrief[],
  key: ProjectSortKey,
  direction: SortDirection,
  labels: SortLabels = {},
  locale?: string,
): ProjectBrief[] {
  const value = valueOf(key, labels);
  const sign = direction === "asc" ? 1 : -1;
  return projects
    .map((p, i) => ({ p, i, v: value(p) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const order = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : String(a.v).localeCompare(String(b.v), locale);
      return order === 0 ? a.i - b.i : sign * order;
    })
    .map(({ p }) => p);
}
