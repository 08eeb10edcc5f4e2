import { createHash } from "node:crypto";
import type { Db } from "@/lib/core/db/client";

/** Everything an import can write, as counts and checksums of every figure and project record, to prove "exactly as before". */
export async function snapshot(db: Db) {
  const observations = await db.tradeObservation.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      partnerIso3: true,
      period: true,
      reporterCode: true,
      flow: true,
      commodity: true,
      sourceId: true,
      valueUsd: true,
      note: true,
    },
  });
  const checksum = createHash("sha256").update(JSON.stringify(observations)).digest("hex");
  const projects = await db.project.findMany({ orderBy: { id: "asc" } });
  const projectCountries = await db.projectCountry.findMany({ orderBy: [{ projectId: "asc" }, { countryIso3: "asc" }] });
  return {
    observations: observations.length,
    checksum,
    projects: projects.length,
    projectCountries: projectCountries.length,
    projectChecksum: createHash("sha256")
      .update(JSON.stringify([projects, projectCountries]))
      .digest("hex"),
    sources: await db.source.count(),
    revisions: await db.observationRevision.count(),
    imports: await db.importRun.count(),
    dataVersion: (await db.dataVersion.findUnique({ where: { id: 1 } }))?.version ?? 0,
  };
}

export const CARAVAN_HEADER = "period,partner,reporter,flow,value_usd,source_id";

export function csv(header: string, lines: string[]): string {
  return [header, ...lines].join("\n") + "\n";
}

const PARTNERS = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];
const FLOWS = ["turnover", "china_exports", "china_imports"];

/**
 * `count` valid lines of figures by HS chapter under a new source declared on
 * every line; values vary so a checksum would notice any one of them.
 */
export function largeFile(count: number, sourceId = "bulk-test"): string[] {
  const lines: string[] = [];
  for (let i = 0; lines.length < count; i++) {
    const partner = PARTNERS[i % PARTNERS.length]!;
    const flow = FLOWS[Math.floor(i / PARTNERS.length) % FLOWS.length]!;
    const commodity = String(1000 + Math.floor(i / (PARTNERS.length * FLOWS.length)));
    lines.push(
      `2020,${partner},CHN,${flow},${(i + 1) * 1234.5},${sourceId},${commodity},Bulk publisher,Bulk title,https://example.org/${sourceId},CC-BY`,
    );
  }
  return lines;
}

export const LARGE_HEADER = "period,partner,reporter,flow,value_usd,source_id,commodity,source_publisher,source_title,source_url,source_licence";

/** The documented project layout, every column. */
export const PROJECT_COLUMNS = [
  "project_id",
  "kind",
  "name",
  "countries",
  "sector",
  "status",
  "start_year",
  "completion_year",
  "planned_completion_year",
  "amount_usd",
  "amount_basis",
  "chinese_parties",
  "latitude",
  "longitude",
  "coord_precision",
  "geometry_wkt",
  "themes",
  "note",
  "source_id",
  "source_publisher",
  "source_title",
  "source_url",
  "source_licence",
] as const;
export type ProjectCells = Partial<Record<(typeof PROJECT_COLUMNS)[number], string | number>>;

const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** One CSV line of the given columns: a valid new named project unless `cells` says otherwise. */
export function projectLine(cells: ProjectCells, columns: readonly string[] = PROJECT_COLUMNS): string {
  const base: ProjectCells = {
    kind: "named",
    name: "Test logistics hub",
    countries: "KAZ",
    sector: "logistics",
    status: "planned",
    start_year: 2024,
    amount_usd: 250000000,
    amount_basis: "total cost",
    chinese_parties: "Test Holding Co.",
    latitude: 43.24,
    longitude: 76.9,
    coord_precision: "approx-city (Almaty)",
    themes: "transport-corridor;industrial-parks",
    source_id: "kaz-bns-foreign-trade",
  };
  const all: ProjectCells = { ...base, ...cells };
  return columns.map((c) => quote(String(all[c as keyof ProjectCells] ?? ""))).join(",");
}
