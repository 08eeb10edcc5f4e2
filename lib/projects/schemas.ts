// The projects API's vocabulary and query, one zod schema shared by the route
// handler, the OpenAPI document and the page that builds URLs. Browser-safe.
import { z } from "zod";
import { enumParam, listOf, LIST_SEPARATOR, yearParam } from "../core/http/query-params";
import { CENTRAL_ASIA, MAX_YEAR, MIN_YEAR, type PartnerIso3 } from "../core/reference/codes";
import { FORMATS } from "../core/http/query-params";
import { sourceRefSchema, type SourceRef } from "../core/sources";

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

const projectsQueryShape = {
  country: listOf(CENTRAL_ASIA, "country").describe(
    `Countries as ISO3, several joined by "${LIST_SEPARATOR}" (e.g. KAZ~UZB). A record spanning several countries matches any of them. Default: all five.`,
  ),
  sector: listOf(SECTORS, "sector").describe(`Sectors, several joined by "${LIST_SEPARATOR}". Default: all.`),
  status: listOf(STATUSES, "status").describe(
    `Statuses, several joined by "${LIST_SEPARATOR}". AEI deals carry "unknown": the tracker records the deal, not the project's state.`,
  ),
  theme: listOf(PROJECT_THEMES, "theme").describe(
    `Article themes the record evidences, several joined by "${LIST_SEPARATOR}". Default: any (including none).`,
  ),
  kind: listOf(PROJECT_KINDS, "kind").describe(
    "named (projects.csv), aei_deal (AEI China Global Investment Tracker), pipeline (Global Energy Monitor). Default: all.",
  ),
  from: yearParam(MIN_YEAR, MAX_YEAR).describe(
    "First year, inclusive: a record matches when its start year (or, without one, its completion or planned year) is at or after it. Records with no year drop out when a range is given.",
  ),
  to: yearParam(MIN_YEAR, MAX_YEAR).describe("Last year, inclusive (same year as for from)."),
  fields: enumParam(PROJECT_FIELD_SETS, "full").describe(
    "full (default): every field; brief: each record without its note and other source links (JSON only: the projects page shows neither, and they are a third of its data; the CSV always has every field).",
  ),
  format: enumParam(FORMATS, "json").describe("json (default) or csv."),
};

export const projectsQuerySchema = z.object(projectsQueryShape).superRefine((q, ctx) => {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `from (${q.from}) is after to (${q.to})` });
  }
});
export type ProjectsQuery = z.output<typeof projectsQuerySchema>;

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

export function resolveProjectFilters(q: ProjectsQuery): ProjectFilters {
  return {
    country: q.country ?? null,
    sector: q.sector ?? null,
    status: q.status ?? null,
    theme: q.theme ?? null,
    kind: q.kind ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    ...(q.fields === "brief" ? { fields: q.fields } : {}),
  };
}

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

export const projectRowSchema = z.object({
  id: z.string(),
  kind: z.enum(PROJECT_KINDS),
  name: z.string().nullable().describe("The project's name; null when the source gives none (AEI deals): never invented"),
  label: z.string().describe("name, or for unnamed deals: investor · sector · year"),
  countries: z.array(z.string()).describe("ISO3 of the Central Asian countries the record covers"),
  sector: z.enum(SECTORS),
  subsector: z.string().nullable().describe("The source's own sector / subsector wording"),
  status: z.enum(STATUSES),
  startYear: z.number().int().nullable(),
  completionYear: z.number().int().nullable(),
  plannedCompletionYear: z.number().int().nullable(),
  amountUsd: z.number().nullable().describe("US dollars, as the source states it"),
  amountBasis: z.string().nullable().describe("What the amount measures; amounts with different bases are not additive"),
  chineseParties: z.string().nullable().describe("Chinese companies, banks or bodies named by the source; null when none is named"),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  coordPrecision: z.string().nullable().describe('"approx-…" = a town or city position, good for a country-scale map only'),
  approximateLocation: z.boolean(),
  geometryWkt: z.string().nullable().describe("WKT LINESTRING / MULTILINESTRING (pipelines)"),
  themes: z.array(z.enum(PROJECT_THEMES)),
  note: z.string().nullable().optional().describe("Absent with fields=brief"),
  sourceId: z.string(),
  otherSourceUrls: z.array(z.string()).optional().describe("Absent with fields=brief"),
});
/** A full record, as the CSV and fields=full carry it. */
export type ProjectRow = Required<z.infer<typeof projectRowSchema>>;
/** A record as fields=brief carries it: what the projects page shows. */
export type ProjectBrief = Omit<ProjectRow, (typeof BRIEF_OMITS)[number]>;

export const projectsResponseSchema = z.object({
  data: z.array(projectRowSchema),
  sources: z.array(sourceRefSchema),
  meta: z.object({ count: z.number().int(), filters: z.record(z.string(), z.unknown()), notes: z.array(z.string()) }),
});

export interface ProjectsResponse {
  /** Full records, or brief ones when the filters ask fields=brief. */
  data: (ProjectBrief & Partial<Pick<ProjectRow, (typeof BRIEF_OMITS)[number]>>)[];
  sources: SourceRef[];
  meta: { count: number; filters: ProjectFilters; notes: string[] };
}

/** The one year a record is placed at on the timeline and in year filters. */
export function projectYear(p: Pick<ProjectRow, "startYear" | "completionYear" | "plannedCompletionYear">): number | null {
  return p.startYear ?? p.completionYear ?? p.plannedCompletionYear ?? null;
}
