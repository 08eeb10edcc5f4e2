// Reads the shipped project files (prisma/data/projects/, copied verbatim from
// their sources) into project records and the sources they point to.
// Amounts: musd × 1e6, here and only here. Nothing is invented: an AEI deal
// has no project name, so its name stays null.
import { createHash } from "node:crypto";
import path from "node:path";
import { readCsvFile } from "../core/csv-reader";
import { CENTRAL_ASIA, COUNTRY_NAMES, type PartnerIso3 } from "../core/reference/codes";
import { registeredSource, storedSource, type SourceRecord } from "../core/source-registry";
import type { ProjectRecord } from "./record";
import { PROJECT_THEMES, SECTORS, STATUSES, type ProjectStatus, type ProjectTheme, type Sector } from "./schemas";

export const PROJECT_DATA_DIR = path.resolve("prisma/data/projects");
export const PROJECTS_FILE = "projects.csv";
export const AEI_FILE = "aei_cgit_china_investment_construction_centralasia_2005_2025.csv";
export const GEM_FILE = "gem_gas_pipelines_centralasia.csv";

/** A project record as the seed reads it from the shipped files (lib/projects/record.ts). */
export type ProjectInput = ProjectRecord;

// The three datasets behind the project records are described in the source registry (prisma/data/sources.csv).
const AEI = "aei";
const GEM = "gem";
const AIDDATA = "aiddata";

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return readCsvFile(path.join(PROJECT_DATA_DIR, file));
}

function int(value: string | undefined): number | null {
  if (!value || !value.trim()) return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

function num(value: string | undefined): number | null {
  if (!value || !value.trim() || value.trim() === "--") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

const MILLION = 1e6;
const musd = (value: number) => Math.round(value * MILLION * 100) / 100;

const ISO3_BY_NAME: Record<string, PartnerIso3> = Object.fromEntries(CENTRAL_ASIA.map((iso3) => [COUNTRY_NAMES[iso3]!, iso3]));

function countriesOf(text: string, separator: RegExp): PartnerIso3[] {
  const out: PartnerIso3[] = [];
  for (const name of text.split(separator).map((s) => s.trim())) {
    const iso3 = ISO3_BY_NAME[name];
    if (iso3 && !out.includes(iso3)) out.push(iso3);
  }
  return out;
}

function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-")
    .slice(0, 60);
}

const shortHash = (text: string) => createHash("sha1").update(text).digest("hex").slice(0, 10);

function status(text: string): ProjectStatus {
  const s = text.trim().toLowerCase().replace(/\s+/g, "-");
  const mapped: Record<string, ProjectStatus> = { operating: "operational", construction: "under-construction", proposed: "planned" };
  const value = mapped[s] ?? s;
  return (STATUSES as readonly string[]).includes(value) ? (value as ProjectStatus) : "unknown";
}

function themes(text: string): ProjectTheme[] {
  const out: ProjectTheme[] = [];
  for (const t of text.split(";").map((s) => s.trim())) {
    if (!t) continue;
    if (!(PROJECT_THEMES as readonly string[]).includes(t)) throw new Error(`unknown claim tag "${t}"`);
    if (!out.includes(t as ProjectTheme)) out.push(t as ProjectTheme);
  }
  return out;
}

function sector(text: string): Sector {
  if (!(SECTORS as readonly string[]).includes(text)) throw new Error(`unknown sector "${text}"`);
  return text as Sector;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/**
 * One source per page a named project cites (like the trade seed's press
 * pages): each record then points to the page its facts came from. A page
 * already in the source registry keeps its id; AidData project pages point to
 * the AidData dataset source, with the page kept on the record.
 */
export function pageSource(url: string, known: Map<string, Omit<SourceRecord, "match">>): Omit<SourceRecord, "match"> {
  const existing = known.get(url);
  if (existing) return existing;
  const host = hostOf(url);
  if (host === "china.aiddata.org") return storedSource(AIDDATA);
  return {
    id: `page-${shortHash(url)}`,
    publisher: host,
    title: `Page cited for a named China-linked project (${host})`,
    url,
    licence: host === "gem.wiki" ? "CC BY 4.0 (Global Energy Monitor)" : "Facts quoted from a public page",
    methodNote: null,
    priority: 45,
  };
}

export interface ProjectSeedData {
  sources: Omit<SourceRecord, "match">[];
  projects: ProjectInput[];
}

/** Named projects from projects.csv. */
export function readNamedProjects(known: Map<string, Omit<SourceRecord, "match">>): ProjectSeedData {
  const sources = new Map<string, Omit<SourceRecord, "match">>();
  const projects: ProjectInput[] = [];
  const ids = new Set<string>();
  readCsv(PROJECTS_FILE).forEach((row, index) => {
    const name = row.name!.trim();
    let id = `named-${slug(name)}`;
    if (ids.has(id)) id = `${id}-${index + 2}`;
    ids.add(id);
    const source = pageSource(row.source_url!.trim(), known);
    sources.set(source.id, source);
    const other = [source.id === registeredSource(AIDDATA).id ? row.source_url!.trim() : null, ...(row.other_source_urls ?? "").split(/;\s*/)]
      .map((u) => u?.trim())
      .filter((u): u is string => !!u);
    const amount = num(row.amount_usd_m);
    const parties = row.chinese_parties?.trim() || null;
    const notes = [
      row.source_note?.trim() || null,
      parties ? null : "No Chinese party is named in any source read; listed because the article names it.",
    ].filter(Boolean);
    projects.push({
      id,
      kind: "named",
      name,
      sector: sector(row.sector!.trim()),
      subsector: null,
      status: status(row.status ?? ""),
      startYear: int(row.start_year),
      completionYear: int(row.completion_year),
      plannedCompletionYear: int(row.planned_completion_year),
      amountUsd: amount === null ? null : musd(amount),
      amountBasis: amount === null ? null : row.amount_basis?.trim() || "amount as reported (basis not stated)",
      chineseParties: parties,
      latitude: num(row.latitude),
      longitude: num(row.longitude),
      coordPrecision: row.coord_precision?.trim() || null,
      geometryWkt: null,
      themes: themes(row.claim_tags ?? ""),
      note: notes.join(" ") || null,
      sourceId: source.id,
      otherSourceUrls: other.length ? other.join("; ") : null,
      countries: countriesOf(row.country ?? "", /;/),
    });
  });
  return { sources: [...sources.values()], projects };
}

/** AEI sector + subsector → the shared sector vocabulary and the themes the deal evidences. */
export function classifyAeiDeal(aeiSector: string, subsector: string): { sector: Sector; themes: ProjectTheme[] } {
  const sub = subsector.toLowerCase();
  switch (aeiSector) {
    case "Energy":
      if (sub === "oil") return { sector: "energy-oil", themes: ["oil-gas"] };
      if (sub === "gas") return { sector: "energy-gas", themes: ["oil-gas"] };
      if (sub === "alternative" || sub === "hydro") return { sector: "renewables", themes: ["renewables"] };
      return { sector: "energy-power", themes: [] };
    case "Transport":
      return { sector: "transport", themes: sub === "rail" ? ["railways"] : [] };
    case "Real estate":
      return { sector: "real-estate", themes: [] };
    default: {
      const s = aeiSector.toLowerCase();
      return { sector: (SECTORS as readonly string[]).includes(s) ? (s as Sector) : "other", themes: [] };
    }
  }
}

export const AEI_AMOUNT_BASIS = "AEI deal value (investment or construction contract)";

/** AEI China Global Investment Tracker deals: investor, amount, sector; no project name. */
export function readAeiDeals(): ProjectInput[] {
  const seen = new Map<string, number>();
  return readCsv(AEI_FILE).map((row) => {
    const year = int(row.year);
    const investor = row["Investor/Contractor"]?.trim() || null;
    const { sector: s, themes: t } = classifyAeiDeal(row.sector ?? "", row.subsector ?? "");
    const key = [row.year, row.Month, investor, row.deal_musd, row.country, row.sector, row.subsector, row["Transaction Party"]].join("|");
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const amount = num(row.deal_musd);
    const details = [
      row.Month ? `${row.Month} ${row.year}` : null,
      row["Transaction Party"] ? `transaction party: ${row["Transaction Party"]}` : null,
      row["Share Size"] ? `share: ${row["Share Size"]}` : null,
      row.greenfield === "G" ? "greenfield" : null,
      row.bri_flag === "1" ? "AEI flags it BRI" : null,
      `from ${row.source_release}`,
    ].filter(Boolean);
    return {
      id: `aei-${row.year}-${shortHash(key)}${n > 1 ? `-${n}` : ""}`,
      kind: "aei_deal" as const,
      name: null,
      sector: s,
      subsector: [row.sector, row.subsector].filter(Boolean).join(" / ") || null,
      status: "unknown" as const,
      startYear: year,
      completionYear: null,
      plannedCompletionYear: null,
      amountUsd: amount === null ? null : musd(amount),
      amountBasis: amount === null ? null : AEI_AMOUNT_BASIS,
      chineseParties: investor,
      latitude: null,
      longitude: null,
      coordPrecision: null,
      geometryWkt: null,
      themes: t,
      note: `AEI records the deal, not a project name or status: ${details.join("; ")}.`,
      sourceId: registeredSource(AEI).id,
      otherSourceUrls: null,
      countries: countriesOf(row.country ?? "", /;/),
    };
  });
}

const CHINESE_OWNER = /China|Chinese|CNPC|PipeChina|Sinopec|CITIC|中国|国家/;

/** Global Energy Monitor pipelines the file marks China-linked, with their WKT route. */
export function readGemPipelines(): ProjectInput[] {
  return readCsv(GEM_FILE)
    .filter((row) => row.china_linked === "True")
    .map((row) => {
      const name = [row.PipelineName, row.SegmentName]
        .map((s) => s?.trim())
        .filter(Boolean)
        .join(" ");
      const owners = row.Parent?.trim() && row.Parent.trim() !== "--" ? row.Parent.trim() : null;
      const chinese = owners && CHINESE_OWNER.test(owners) ? owners : null;
      const wkt = row.WKTFormat?.trim();
      const capacity = num(row["CapacityBcm/y"]) ?? (row.CapacityUnits === "bcm/year" ? num(row.Capacity) : null);
      const length = num(row.LengthMergedKm);
      const notes = [
        `Route: ${row.StartLocation || row.StartCountry} → ${row.EndLocation || row.EndCountry}; countries: ${row.Countries}.`,
        capacity !== null ? `Capacity ${capacity} bcm/y.` : null,
        length !== null ? `Length ${length} km.` : null,
        owners ? `Owners (GEM): ${owners}.` : null,
        chinese ? null : "GEM names no Chinese owner; the file marks the line China-linked (it runs to China).",
      ].filter(Boolean);
      return {
        id: `gem-${row.ProjectID}`,
        kind: "pipeline" as const,
        name,
        sector: "energy-gas" as const,
        subsector: "gas pipeline",
        status: status(row.Status ?? ""),
        startYear: int(row.StartYear1),
        completionYear: null,
        plannedCompletionYear: null,
        amountUsd: null,
        amountBasis: null,
        chineseParties: chinese,
        latitude: null,
        longitude: null,
        coordPrecision: null,
        geometryWkt: wkt && wkt !== "--" ? wkt : null,
        themes: ["oil-gas"],
        note: notes.join(" "),
        sourceId: registeredSource(GEM).id,
        otherSourceUrls: row.Wiki?.trim() || null,
        countries: countriesOf(row.Countries ?? "", /,/),
      };
    });
}

/** Everything the shipped project files say. `known` = sources already in the registry, by URL. */
export function readProjectSeedData(known: Map<string, Omit<SourceRecord, "match">> = new Map()): ProjectSeedData {
  const named = readNamedProjects(known);
  const projects = [...named.projects, ...readAeiDeals(), ...readGemPipelines()];
  const ids = new Set<string>();
  for (const p of projects) {
    if (ids.has(p.id)) throw new Error(`project seed data holds the id ${p.id} twice`);
    ids.add(p.id);
  }
  const sources = new Map([storedSource(AEI), storedSource(GEM), storedSource(AIDDATA), ...named.sources].map((s) => [s.id, s]));
  return { sources: [...sources.values()], projects };
}
