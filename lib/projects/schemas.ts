// The projects API's query, rows and response as zod schemas, shared by the route handler, the
// OpenAPI document and the import. The vocabulary and filters they are built from are
// vocabulary.ts's (zod-free, for the pages), re-exported here.
import { z } from "zod";
import { enumParam, listOf, LIST_SEPARATOR, yearParam } from "../core/http/query-params";
import { CENTRAL_ASIA, MAX_YEAR, MIN_YEAR } from "../core/reference/codes";
import { FORMATS } from "../core/http/query-params";
import { sourceRefSchema, type SourceRef } from "../core/sources";
import { PROJECT_FIELD_SETS, PROJECT_KINDS, PROJECT_THEMES, SECTORS, STATUSES, type BRIEF_OMITS, type ProjectFilters } from "./vocabulary";

export * from "./vocabulary";

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
