// The project-record layout: one line per China-linked project, keyed by
// project_id. Every cell is checked here without the database (the sources
// that exist are handed in). Checks that join several fields (completion
// before start, an amount without its basis…) need the stored record when a
// file updates only some columns, so import-projects.ts runs them.
import { CENTRAL_ASIA, MIN_YEAR, type PartnerIso3 } from "../core/reference/codes";
import { matchEnum } from "../core/reference/enum-value";
import { PROJECT_KINDS, PROJECT_THEMES, SECTORS, STATUSES, type ProjectTheme } from "./schemas";
import type { ProjectFields } from "./record";
import { parseWktLines } from "./wkt";

export type { ProjectFields };
import { normaliseHeader, readCsv } from "../core/csv-reader";
import { caravanSource, LineContext, locate, type ColumnSpec, type SourceLookup } from "../core/import/layout-kit";
import { isCentralAsian, resolveCountry } from "../core/reference/resolve";
import type { ImportIssue, SourceDeclaration } from "../core/import/types";
import { clip } from "../core/import/values";

export type ProjectField = keyof ProjectFields;

/** Field → its column in the layout (the first alias is the documented name). */
export const PROJECT_COLUMNS: Record<ProjectField, { aliases: string[]; required: boolean }> = {
  kind: { aliases: ["kind"], required: true },
  name: { aliases: ["name"], required: true },
  countries: { aliases: ["countries", "country"], required: true },
  sector: { aliases: ["sector"], required: true },
  subsector: { aliases: ["subsector"], required: false },
  status: { aliases: ["status"], required: false },
  startYear: { aliases: ["start_year"], required: false },
  completionYear: { aliases: ["completion_year"], required: false },
  plannedCompletionYear: { aliases: ["planned_completion_year"], required: false },
  amountUsd: { aliases: ["amount_usd"], required: false },
  amountBasis: { aliases: ["amount_basis"], required: false },
  chineseParties: { aliases: ["chinese_parties"], required: false },
  latitude: { aliases: ["latitude", "lat"], required: false },
  longitude: { aliases: ["longitude", "lon", "lng"], required: false },
  coordPrecision: { aliases: ["coord_precision"], required: false },
  geometryWkt: { aliases: ["geometry_wkt", "wkt"], required: false },
  themes: { aliases: ["themes", "claim_tags"], required: false },
  note: { aliases: ["note"], required: false },
  sourceId: { aliases: ["source_id"], required: true },
  otherSourceUrls: { aliases: ["other_source_urls"], required: false },
};
export const PROJECT_FIELDS = Object.keys(PROJECT_COLUMNS) as ProjectField[];

/** The cells LineContext reads: every field, plus the id and the new-source columns (named as caravanSource expects). */
const SPEC: ColumnSpec = {
  projectId: { aliases: ["project_id"], required: true },
  ...Object.fromEntries(PROJECT_FIELDS.filter((f) => f !== "sourceId").map((f) => [f, PROJECT_COLUMNS[f]])),
  source: PROJECT_COLUMNS.sourceId,
  publisher: { aliases: ["source_publisher"], required: false },
  title: { aliases: ["source_title"], required: false },
  url: { aliases: ["source_url"], required: false },
  licence: { aliases: ["source_licence", "source_license"], required: false },
  methodNote: { aliases: ["source_method_note"], required: false },
};
const CELL_OF: Partial<Record<ProjectField, string>> = { sourceId: "source" };
const cellName = (field: ProjectField) => CELL_OF[field] ?? field;

/**
 * Where a project can plausibly lie: Central Asia and China (a few records are
 * placed at their Chinese end, such as the Lianyungang logistics base).
 * Outside it, the coordinates are swapped, projected or mistyped.
 */
export const PROJECT_BOX = { south: 18, north: 56, west: 45, east: 135 } as const;
/** Below this a project amount is not US dollars but millions or billions of them. */
export const MIN_PROJECT_USD = 1e5;
/** Above this no single project in the region is in US dollars ($100bn). */
export const MAX_PROJECT_USD = 1e11;
/** How far ahead a planned year (start, planned completion) may lie. */
export const PLANNED_YEARS_AHEAD = 30;

const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{1,127}$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const LIST = /[;~]/;

export const PROJECT_ACCEPTED = {
  kind: PROJECT_KINDS.join(", "),
  country: `${CENTRAL_ASIA.join(", ")} (or the English names), separated by ";"`,
  sector: SECTORS.join(", "),
  status: STATUSES.join(", "),
  theme: PROJECT_THEMES.join(", "),
};

/** One data line of a project file: the fields it gives (a column the file lacks leaves the stored value as it is). */
export interface ProjectLine {
  line: number;
  id: string;
  values: Partial<ProjectFields>;
  /** fields whose cell had an error: checks that join fields skip them */
  failed: Set<ProjectField>;
  /** false when any cell of the line had an error */
  valid: boolean;
}

export interface ParsedProjectFile {
  lines: ProjectLine[];
  declaredSources: Map<string, { source: SourceDeclaration; line: number }>;
  issues: ImportIssue[];
  /** the header of each field's column as the file writes it (absent: the file lacks the column) */
  columns: Partial<Record<ProjectField, string>>;
}

/** The column an error about `field` is reported under: as the file writes it, or the documented name. */
export function columnOf(parsed: ParsedProjectFile, field: ProjectField): string {
  return parsed.columns[field] ?? PROJECT_COLUMNS[field].aliases[0]!;
}

export function parseProjectFile(text: string, sources: SourceLookup): ParsedProjectFile {
  const table = readCsv(text);
  const result: ParsedProjectFile = { lines: [], declaredSources: new Map(), issues: [...table.issues], columns: {} };
  if (table.header.length === 0) return result;
  const { index, missing } = locate(table.header, SPEC);
  for (const column of missing) result.issues.push({ line: 1, column, message: `the projects layout needs a column "${column}"` });
  const known = new Set(Object.values(SPEC).flatMap((s) => s.aliases.map(normaliseHeader)));
  for (const h of table.header) {
    if (known.has(normaliseHeader(h))) continue;
    const hint = /^amountusd(m|mn|million)s?$/.test(normaliseHeader(h))
      ? ": amounts are plain US dollars in amount_usd (multiply millions by 1e6)"
      : `; the columns are project_id, ${PROJECT_FIELDS.map((f) => PROJECT_COLUMNS[f].aliases[0]).join(", ")}, source_publisher, source_title, source_url, source_licence, source_method_note`;
    result.issues.push({ line: 1, column: h, message: `unknown column "${clip(h)}" in a project file${hint}` });
  }
  if ((index.latitude === undefined) !== (index.longitude === undefined)) {
    const absent = index.latitude === undefined ? "latitude" : "longitude";
    result.issues.push({ line: 1, column: absent, message: "latitude and longitude come together: give both columns or neither" });
  }
  if (result.issues.some((i) => i.line === 1)) return result;

  for (const field of PROJECT_FIELDS) {
    const i = index[cellName(field)];
    if (i !== undefined) result.columns[field] = table.header[i]!;
  }
  const ctx = new LineContext(table.header, index, sources, result);
  const firstLineOfId = new Map<string, number>();
  for (const record of table.records) {
    ctx.at(record);
    const parsed = mapProjectLine(ctx);
    if (parsed === null) continue;
    const first = firstLineOfId.get(parsed.id);
    if (first !== undefined) {
      ctx.fail("projectId", `duplicate of line ${first}: project_id "${clip(parsed.id)}" appears twice in the file`);
      continue;
    }
    firstLineOfId.set(parsed.id, record.line);
    result.lines.push(parsed);
  }
  return result;
}

/** A line's fields; null when it has no usable project_id (nothing else can be said about it then). */
function mapProjectLine(ctx: LineContext): ProjectLine | null {
  const id = ctx.cell("projectId");
  if (id === "") {
    ctx.fail("projectId", "missing project_id: every record needs a stable id (an existing one updates that record)");
  } else if (!PROJECT_ID.test(id)) {
    ctx.fail(
      "projectId",
      `"${clip(id)}" is not a valid project_id (letters, digits, ".", "_", "-"; 2–128 characters, starting with a letter or digit)`,
    );
  }
  const values: Partial<ProjectFields> = {};
  const failed = new Set<ProjectField>();
  const thisYear = new Date().getUTCFullYear();
  const set = <F extends ProjectField>(field: F, parse: (raw: string) => ProjectFields[F] | Problem) => {
    if (!ctx.has(cellName(field))) return;
    const value = parse(ctx.cell(cellName(field)));
    if (value instanceof Problem) {
      failed.add(field);
      ctx.fail(cellName(field), value.message);
    } else values[field] = value;
  };

  set("kind", (raw) => oneOf(PROJECT_KINDS, raw.toLowerCase(), `unknown kind "${clip(raw)}"; accepted: ${PROJECT_ACCEPTED.kind}`));
  set("name", text);
  set("countries", countries);
  set("sector", (raw) => oneOf(SECTORS, raw.toLowerCase(), `unknown sector "${clip(raw)}"; accepted: ${PROJECT_ACCEPTED.sector}`));
  set("subsector", text);
  set("status", (raw) =>
    raw === ""
      ? "unknown"
      : oneOf(
          STATUSES,
          raw.toLowerCase().replace(/[\s_]+/g, "-"),
          `unknown status "${clip(raw)}"; accepted: ${PROJECT_ACCEPTED.status} (empty = unknown)`,
        ),
  );
  set("startYear", (raw) => year(raw, thisYear + PLANNED_YEARS_AHEAD, "a start year"));
  set("completionYear", (raw) => year(raw, thisYear, "a completion year", " (a completion still to come goes in planned_completion_year)"));
  set("plannedCompletionYear", (raw) => year(raw, thisYear + PLANNED_YEARS_AHEAD, "a planned completion year"));
  set("amountUsd", amount);
  set("amountBasis", text);
  set("chineseParties", text);
  set("latitude", (raw) => coordinate(raw, 90));
  set("longitude", (raw) => coordinate(raw, 180));
  set("coordPrecision", text);
  set("geometryWkt", geometry);
  set("themes", themes);
  set("note", text);
  set("otherSourceUrls", text);
  if (!failed.has("latitude") && !failed.has("longitude")) checkPosition(ctx, values, failed);
  const sourceId = caravanSource(ctx);
  if (sourceId === null) failed.add("sourceId");
  else values.sourceId = sourceId;

  if (id === "" || !PROJECT_ID.test(id)) return null;
  return { line: ctx.line, id, values, failed, valid: ctx.ok };
}

/** A cell's problem (a class, so a parsed value can never be mistaken for one). */
class Problem {
  constructor(readonly message: string) {}
}

function text(raw: string): string | null {
  return raw === "" ? null : raw;
}

function oneOf<T extends string>(accepted: readonly T[], value: string, message: string): T | Problem {
  return matchEnum(accepted, value) ?? new Problem(message);
}

function list(raw: string): string[] {
  return raw
    .split(LIST)
    .map((s) => s.trim())
    .filter(Boolean);
}

function countries(raw: string): PartnerIso3[] | Problem {
  const names = list(raw);
  if (names.length === 0) return new Problem(`no country: give one or more of ${PROJECT_ACCEPTED.country}`);
  const out: PartnerIso3[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const iso3 = resolveCountry(name);
    if (iso3 && isCentralAsian(iso3)) {
      if (!out.includes(iso3)) out.push(iso3);
    } else unknown.push(`"${clip(name)}"`);
  }
  if (unknown.length) return new Problem(`unknown country ${unknown.join(", ")}; accepted: ${PROJECT_ACCEPTED.country}`);
  return out;
}

function themes(raw: string): ProjectTheme[] | Problem {
  const out: ProjectTheme[] = [];
  const unknown: string[] = [];
  for (const t of list(raw)) {
    const theme = matchEnum(PROJECT_THEMES, t);
    if (theme) {
      if (!out.includes(theme)) out.push(theme);
    } else unknown.push(`"${clip(t)}"`);
  }
  if (unknown.length) return new Problem(`unknown theme ${unknown.join(", ")}; accepted: ${PROJECT_ACCEPTED.theme}, separated by ";"`);
  return out;
}

function year(raw: string, max: number, what: string, hint = ""): number | null | Problem {
  if (raw === "") return null;
  if (!/^\d{4}$/.test(raw)) return new Problem(`"${clip(raw)}" is not a year (four digits, e.g. 2024)`);
  const value = Number(raw);
  if (value < MIN_YEAR) return new Problem(`${value} is not a plausible year for ${what} (${MIN_YEAR} or later)`);
  if (value > max) return new Problem(`${value} is too far in the future for ${what} (${max} at most)${hint}`);
  return value;
}

function amount(raw: string): number | null | Problem {
  if (raw === "") return null;
  if (/^[+-]?\d{1,3}([, ]\d{3})+(\.\d+)?$/.test(raw))
    return new Problem(`"${raw}" has thousands separators; write plain digits with "." as decimal point`);
  if (!DECIMAL.test(raw)) return new Problem(`"${clip(raw)}" is not a number (plain US dollars, e.g. 700000000 or 7e8)`);
  const value = Number(raw);
  if (!Number.isFinite(value)) return new Problem(`"${clip(raw)}" is not a finite number`);
  if (value < 0) return new Problem(`${raw} is negative; a project amount is never below zero`);
  if (value === 0) return new Problem("0 is no amount: leave amount_usd empty when the source gives none");
  if (value < MIN_PROJECT_USD) {
    return new Problem(
      `${raw} is too small for a project amount in US dollars (below ${MIN_PROJECT_USD.toExponential()}): is it in millions or billions? Write plain US dollars (${raw} million = ${value * 1e6})`,
    );
  }
  if (value > MAX_PROJECT_USD) return new Problem(`${raw} is more than $100bn, more than any single project in the region: check the unit`);
  return Math.round(value * 100) / 100;
}

function coordinate(raw: string, limit: number): number | null | Problem {
  if (raw === "") return null;
  if (!DECIMAL.test(raw)) return new Problem(`"${clip(raw)}" is not a number of decimal degrees (e.g. 43.24)`);
  const value = Number(raw);
  if (!Number.isFinite(value) || Math.abs(value) > limit)
    return new Problem(`${raw} is not a ${limit === 90 ? "latitude" : "longitude"} (−${limit} to ${limit})`);
  return value;
}

const inBox = (lat: number, lon: number) =>
  lat >= PROJECT_BOX.south && lat <= PROJECT_BOX.north && lon >= PROJECT_BOX.west && lon <= PROJECT_BOX.east;
const BOX_TEXT = `latitude ${PROJECT_BOX.south}–${PROJECT_BOX.north}, longitude ${PROJECT_BOX.west}–${PROJECT_BOX.east} (Central Asia and China)`;

/** Both or neither, and inside the region. */
function checkPosition(ctx: LineContext, values: Partial<ProjectFields>, failed: Set<ProjectField>): void {
  const lat = values.latitude;
  const lon = values.longitude;
  if (lat === undefined || lon === undefined) return;
  if ((lat === null) !== (lon === null)) {
    const field = lat === null ? "latitude" : "longitude";
    failed.add(field);
    ctx.fail(field, `${field} is empty but ${field === "latitude" ? "longitude" : "latitude"} is given: give both or neither`);
    return;
  }
  if (lat === null || lon === null || inBox(lat, lon)) return;
  failed.add("latitude");
  const swapped = inBox(lon, lat) ? ": latitude and longitude look swapped" : "";
  ctx.fail("latitude", `${lat}, ${lon} lies outside the region (${BOX_TEXT})${swapped}`);
}

function geometry(raw: string): string | null | Problem {
  if (raw === "") return null;
  const parsed = parseWktLines(raw);
  if (!parsed) {
    return new Problem(`"${clip(raw)}" is not a WKT LINESTRING or MULTILINESTRING of "longitude latitude" pairs (at least two points per line)`);
  }
  const outside = parsed.coordinates.flat().find(([lon, lat]) => !inBox(lat, lon));
  if (outside) {
    const [lon, lat] = outside;
    const swapped = inBox(lon, lat) ? ": WKT writes longitude first, then latitude" : "";
    return new Problem(`the point "${lon} ${lat}" lies outside the region (${BOX_TEXT})${swapped}`);
  }
  return raw;
}
