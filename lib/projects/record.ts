// A project record, defined once: what the seed reads from the shipped files,
// what an import sets, and what the database holds (Project + ProjectCountry),
// with the two mappings to and from the database in one place. The API row
// (schemas.ts) is this record plus what is derived for display.
import type { Prisma } from "../core/db/client";
import type { PartnerIso3 } from "../core/reference/codes";
import { PROJECT_THEMES, SECTORS, STATUSES, type ProjectKind, type ProjectStatus, type ProjectTheme, type Sector } from "./schemas";

export interface ProjectFields {
  kind: ProjectKind;
  /** null when the source gives none (AEI deals): never invented */
  name: string | null;
  countries: PartnerIso3[];
  sector: Sector;
  subsector: string | null;
  status: ProjectStatus;
  startYear: number | null;
  completionYear: number | null;
  plannedCompletionYear: number | null;
  amountUsd: number | null;
  amountBasis: string | null;
  chineseParties: string | null;
  latitude: number | null;
  longitude: number | null;
  coordPrecision: string | null;
  geometryWkt: string | null;
  themes: ProjectTheme[];
  note: string | null;
  sourceId: string;
  /** ";"-separated URLs, as the files write them */
  otherSourceUrls: string | null;
}

export type ProjectRecord = ProjectFields & { id: string };

export const PROJECT_WITH_COUNTRIES = {
  countries: { select: { countryIso3: true }, orderBy: { countryIso3: "asc" } },
} satisfies Prisma.ProjectInclude;
export type DbProject = Prisma.ProjectGetPayload<{ include: typeof PROJECT_WITH_COUNTRIES }>;

const known = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  (allowed as readonly string[]).includes(value ?? "") ? (value as T) : fallback;

/** Database → record. Values outside today's vocabularies read as "other" / "unknown", never as an error. */
export function fromDbProject(p: DbProject): ProjectRecord {
  return {
    id: p.id,
    kind: p.kind as ProjectKind,
    name: p.name,
    countries: p.countries.map((c) => c.countryIso3 as PartnerIso3),
    sector: known(SECTORS, p.sector, "other"),
    subsector: p.subsector,
    status: known(STATUSES, p.status, "unknown"),
    startYear: p.startYear,
    completionYear: p.completionYear,
    plannedCompletionYear: p.plannedCompletionYear,
    amountUsd: p.amountUsd,
    amountBasis: p.amountBasis,
    chineseParties: p.chineseParties,
    latitude: p.latitude,
    longitude: p.longitude,
    coordPrecision: p.coordPrecision,
    geometryWkt: p.geometryWkt,
    themes: p.themes.split(";").filter((t): t is ProjectTheme => (PROJECT_THEMES as readonly string[]).includes(t)),
    note: p.note,
    sourceId: p.sourceId,
    otherSourceUrls: p.otherSourceUrls,
  };
}

/** Record fields → the Project columns they are stored in (countries live in ProjectCountry, themes ";"-separated). */
export function toProjectColumns(fields: Partial<ProjectFields>): Omit<Prisma.ProjectUncheckedUpdateInput, "id" | "countries"> {
  const { countries: _countries, themes, ...columns } = fields;
  return { ...columns, ...(themes ? { themes: themes.join(";") } : {}) };
}

/** Record → the rows that store it. */
export function toDbRows(record: ProjectRecord): { project: Prisma.ProjectCreateManyInput; countries: Prisma.ProjectCountryCreateManyInput[] } {
  const { id, countries, themes, ...columns } = record;
  return {
    project: { id, ...columns, themes: themes.join(";") },
    countries: countries.map((countryIso3) => ({ projectId: id, countryIso3 })),
  };
}
