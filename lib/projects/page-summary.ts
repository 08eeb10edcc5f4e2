// What the projects page shows of a selection, computed from its records: the
// counts, the charts' rows, the map's caption and the table's first page. The
// server sends this in the page (a few kB) instead of every record; the map and
// the table fetch the records themselves when a reader comes near them.
// Browser-safe: the client computes the same summary when the filters change.
import type { SourceRef } from "../core/sources";
import type { ProjectBrief, ProjectsResponse } from "./schemas";
import { PROJECT_KINDS, type ProjectKind } from "./vocabulary";
import { amountBases, countryAmounts, countsBy, sectorAmounts, timeline, type CountRow, type TimelineRow } from "./summary";
import { parseWktLines } from "./wkt";

/** Rows on one page of the records table: the page's HTML carries these, the rest come when asked for. */
export const PROJECTS_TABLE_PAGE_SIZE = 25;

export interface BasisAmounts {
  basis: string;
  bySector: { key: string; value: number; count: number }[];
  byCountry: ReturnType<typeof countryAmounts>;
}

export interface ProjectsPageSummary {
  count: number;
  byKind: Record<ProjectKind, number>;
  bySector: CountRow[];
  byCountry: CountRow[];
  timeline: { rows: TimelineRow[]; undated: number };
  /** amounts are summed only within one basis: the bases present, most records first */
  bases: { basis: string; count: number }[];
  /** the sums of the first basis, which the page shows first; another basis's are summed from the records when chosen */
  firstBasis: BasisAmounts | null;
  /** the names of named projects whose Chinese party the sources do not give */
  noParty: string[];
  /** records with neither a route nor coordinates: the map cannot place them */
  unmapped: number;
  /** the table's first page, in the API's order */
  firstRows: ProjectBrief[];
  sources: SourceRef[];
  notes: string[];
}

/** A record the map can place: a route, or both coordinates. */
function isMapped(p: Pick<ProjectBrief, "geometryWkt" | "latitude" | "longitude">): boolean {
  return parseWktLines(p.geometryWkt) !== null || (p.latitude !== null && p.longitude !== null);
}

/** The sums of one amount basis, per sector and per country. */
export function basisAmounts(projects: ProjectBrief[], basis: string): BasisAmounts {
  return { basis, bySector: sectorAmounts(projects, basis), byCountry: countryAmounts(projects, basis) };
}

/** From the brief records (fields=brief): the page shows no record's note or other links. */
export function summarizeProjectsPage(response: ProjectsResponse): ProjectsPageSummary {
  const projects = response.data;
  const bases = amountBases(projects);
  const byKind = Object.fromEntries(PROJECT_KINDS.map((k) => [k, projects.filter((p) => p.kind === k).length])) as Record<ProjectKind, number>;
  return {
    count: projects.length,
    byKind,
    bySector: countsBy(projects, "sector"),
    byCountry: countsBy(projects, "country"),
    timeline: timeline(projects),
    bases,
    firstBasis: bases[0] ? basisAmounts(projects, bases[0].basis) : null,
    noParty: projects.filter((p) => p.kind === "named" && !p.chineseParties).map((p) => p.name ?? p.label),
    unmapped: projects.filter((p) => !isMapped(p)).length,
    firstRows: projects.slice(0, PROJECTS_TABLE_PAGE_SIZE),
    sources: response.sources,
    notes: response.meta.notes,
  };
}
