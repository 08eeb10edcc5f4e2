// The projects API's vocabulary, its filters and the query string the pages build from them:
// zod-free, so a page's JavaScript carries no zod (schemas.ts, which re-exports all of this,
// builds the API's schemas at load: on /projects that was 111 kB of JavaScript and about 50 ms of
// a throttled phone's hydration). Shared by the server, the client and the seed.
import { LIST_SEPARATOR } from "../core/reference/list-separator";
import type { PartnerIso3 } from "../core/reference/codes";

/** Where a record comes from: Caravan's list of named projects, an AEI tracker deal, a GEM pipeline. */
export const PROJECT_KINDS = ["named", "aei_deal", "pipeline"] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  named: "Named project",
  aei_deal: "AEI tracker deal",
  pipeline: "GEM gas pipeline",
};

/** The article's project themes (projects.csv `claim_tags`). */
export const PROJECT_THEMES = ["transport-corridor", "railways", "caspian-ports", "industrial-parks", "oil-gas", "renewables", "digital"] as const;
export type ProjectTheme = (typeof PROJECT_THEMES)[number];
export const THEME_LABELS: Record<ProjectTheme, string> = {
  "transport-corridor": "Transport corridors",
  railways: "Cross-border railways",
  "caspian-ports": "Caspian ports",
  "industrial-parks": "Industrial parks & logistics centres",
  "oil-gas": "Oil and gas",
  renewables: "Solar, wind & hydro",
  digital: "Digital",
};

/**
 * One sector vocabulary for all three sources: projects.csv's own sectors,
 * AEI's sectors lower-cased (its Energy split by subsector), GEM pipelines as energy-gas.
 */
export const SECTORS = [
  "energy-oil",
  "energy-gas",
  "energy-power",
  "renewables",
  "mining",
  "metals",
  "transport",
  "logistics",
  "industrial-park",
  "digital",
  "chemicals",
  "real-estate",
  "agriculture",
  "utilities",
  "finance",
  "entertainment",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

export const STATUSES = ["operational", "under-construction", "planned", "cancelled", "mothballed", "unknown"] as const;
export type ProjectStatus = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<ProjectStatus, string> = {
  operational: "Operational",
  "under-construction": "Under construction",
  planned: "Planned",
  cancelled: "Cancelled",
  mothballed: "Mothballed",
  unknown: "Status not known",
};

/** The record fields a JSON answer carries: all, or all but those only the full record shows (BRIEF_OMITS). */
export const PROJECT_FIELD_SETS = ["full", "brief"] as const;
export type ProjectFieldSet = (typeof PROJECT_FIELD_SETS)[number];
export const BRIEF_OMITS = ["note", "otherSourceUrls"] as const;

export interface ProjectFilters {
  country: PartnerIso3[] | null;
  sector: Sector[] | null;
  status: ProjectStatus[] | null;
  theme: ProjectTheme[] | null;
  kind: ProjectKind[] | null;
  from: number | null;
  to: number | null;
  /** Absent means "full": every field. */
  fields?: ProjectFieldSet;
}

export const ALL_PROJECTS: ProjectFilters = { country: null, sector: null, status: null, theme: null, kind: null, from: null, to: null };

/** Query string for the API with only the filters that are set. */
export function projectsSearchParams(f: ProjectFilters, format: "json" | "csv" = "json"): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["country", "sector", "status", "theme", "kind"] as const) {
    const list = f[key];
    if (list && list.length) params.set(key, list.join(LIST_SEPARATOR));
  }
  if (f.from !== null) params.set("from", String(f.from));
  if (f.to !== null) params.set("to", String(f.to));
  if (f.fields === "brief" && format === "json") params.set("fields", f.fields);
  if (format !== "json") params.set("format", format);
  return params;
}

/** The one year a record is placed at on the timeline and in year filters. */
export function projectYear(p: { startYear: number | null; completionYear: number | null; plannedCompletionYear: number | null }): number | null {
  return p.startYear ?? p.completionYear ?? p.plannedCompletionYear ?? null;
}
