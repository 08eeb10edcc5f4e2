import type { Db } from "../core/db/client";
import { formatUsdBn } from "../core/format";
import { type SourceRef } from "../core/sources";
import { fromDbProject, PROJECT_WITH_COUNTRIES, type ProjectRecord } from "./record";
import { projectYear, type ProjectBrief, type ProjectFilters, type ProjectRow, type ProjectsResponse } from "./schemas";

/** A label for every record without inventing a name: AEI deals read "investor · sector · year". */
export function projectLabel(p: {
  name: string | null;
  chineseParties: string | null;
  subsector: string | null;
  sector: string;
  startYear: number | null;
  amountUsd: number | null;
}): string {
  if (p.name) return p.name;
  const what = p.subsector ?? p.sector;
  return (
    [p.chineseParties ?? "Unnamed investor", what, p.startYear ?? "year not given"].join(" · ") +
    (p.amountUsd !== null ? ` (${formatUsdBn(p.amountUsd)} deal)` : "")
  );
}

/** Record → API row: the record as stored, plus what is derived for display. */
export function toProjectRow(record: ProjectRecord): ProjectRow {
  return {
    ...record,
    label: projectLabel(record),
    approximateLocation: record.latitude !== null && !(record.coordPrecision ?? "").startsWith("source"),
    otherSourceUrls: (record.otherSourceUrls ?? "").split(/;\s*/).filter(Boolean),
  };
}

/** The filters that every database answers the same way; lists and years are matched in code (a few hundred rows). */
export function matchesProjectFilters(p: ProjectRow, f: ProjectFilters): boolean {
  if (f.country && !p.countries.some((c) => (f.country as string[]).includes(c))) return false;
  if (f.sector && !f.sector.includes(p.sector)) return false;
  if (f.status && !f.status.includes(p.status)) return false;
  if (f.kind && !f.kind.includes(p.kind)) return false;
  if (f.theme && !p.themes.some((t) => f.theme!.includes(t))) return false;
  if (f.from !== null || f.to !== null) {
    const year = projectYear(p);
    if (year === null) return false;
    if (f.from !== null && year < f.from) return false;
    if (f.to !== null && year > f.to) return false;
  }
  return true;
}

const KIND_ORDER = { named: 0, pipeline: 1, aei_deal: 2 } as const;

/** Order: named projects, pipelines, AEI deals; then year, then label. */
function compareProjects(a: ProjectRow, b: ProjectRow): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (projectYear(a) ?? 9999) - (projectYear(b) ?? 9999) ||
    a.label.localeCompare(b.label) ||
    a.id.localeCompare(b.id)
  );
}

const SOURCE_SELECT = { id: true, publisher: true, title: true, url: true, licence: true, methodNote: true, priority: true } as const;

export async function loadProjects(db: Db, filters: ProjectFilters): Promise<ProjectRow[]> {
  const rows = await db.project.findMany({ include: PROJECT_WITH_COUNTRIES });
  return rows
    .map((row) => toProjectRow(fromDbProject(row)))
    .filter((p) => matchesProjectFilters(p, filters))
    .sort(compareProjects);
}

export async function sourcesById(db: Db, ids: string[]): Promise<SourceRef[]> {
  const unique = [...new Set(ids)];
  return unique.length ? db.source.findMany({ where: { id: { in: unique } }, select: SOURCE_SELECT, orderBy: { id: "asc" } }) : [];
}

export const PROJECT_NOTES = [
  "Amounts with different amount bases (total cost, Chinese loan, contract value, AEI deal value…) are not additive; sum only within one basis.",
  "AEI deals have no project name: they are labelled investor · sector · year, never given an invented name.",
  "Coordinates marked approx-… are town or city positions, good for a country-scale map only.",
  "Central Asia–China gas pipeline lines A–D appear both as named projects and as GEM pipelines (with their route); count within one kind.",
];

/** The filtered records, full, with the sources they point to. */
async function loadWithSources(db: Db, filters: ProjectFilters): Promise<{ rows: ProjectRow[]; sources: SourceRef[] }> {
  const rows = await loadProjects(db, filters);
  return {
    rows,
    sources: await sourcesById(
      db,
      rows.map((p) => p.sourceId),
    ),
  };
}

export async function findProjects(db: Db, filters: ProjectFilters): Promise<ProjectsResponse> {
  const { rows, sources } = await loadWithSources(db, filters);
  const data = filters.fields === "brief" ? rows.map(toBrief) : rows;
  return { data, sources, meta: { count: data.length, filters, notes: PROJECT_NOTES } };
}

function toBrief(row: ProjectRow): ProjectBrief {
  const { note: _note, otherSourceUrls: _otherSourceUrls, ...brief } = row;
  return brief;
}

export type ProjectRowWithSource = ProjectRow & { source: SourceRef | undefined };

/** The CSV's records: always every field, whatever fields= says. */
export async function* iterateProjects(db: Db, filters: ProjectFilters): AsyncGenerator<ProjectRowWithSource> {
  const { rows, sources } = await loadWithSources(db, filters);
  const byId = new Map(sources.map((s) => [s.id, s]));
  for (const p of rows) yield { ...p, source: byId.get(p.sourceId) };
}
