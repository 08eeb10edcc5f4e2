// The parts every import layout shares: finding columns by their aliases,
// reading one line's cells while collecting its problems against their
// columns, and resolving (or declaring) the source a line names.
import type { CsvRecord } from "../csv-reader";
import { normaliseHeader } from "../csv-reader";
import type { ImportIssue, SourceDeclaration } from "./types";
import { clip } from "./values";

/** What the database (and the shipped sources.csv) know about sources. */
export interface SourceLookup {
  ids: Set<string>;
  idByUrl: Map<string, string>;
  /** sources.csv's `match` keys ("partner_reported:KAZ", "wits", "cow") → id */
  idByMatch: Map<string, string>;
}

export const SOURCE_ID = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export type ColumnSpec = Record<string, { aliases: string[]; required: boolean }>;

/** Finds each wanted column by any of its aliases (compared normalised). */
export function locate(header: string[], spec: ColumnSpec) {
  const normalised = header.map(normaliseHeader);
  const index: Record<string, number> = {};
  const missing: string[] = [];
  for (const [name, { aliases, required }] of Object.entries(spec)) {
    const i = aliases
      .map(normaliseHeader)
      .map((a) => normalised.indexOf(a))
      .find((j) => j >= 0);
    if (i !== undefined) index[name] = i;
    else if (required) missing.push(aliases[0]!);
  }
  return { index, missing };
}

/** Where a line's problems and the sources a file declares are collected. */
export interface LineSink {
  issues: ImportIssue[];
  declaredSources: Map<string, { source: SourceDeclaration; line: number }>;
}

/** Reads the cells of one record and records its problems against their columns. */
export class LineContext {
  record: CsvRecord = { line: 0, fields: [] };
  private failed = false;

  constructor(
    readonly header: string[],
    private readonly index: Record<string, number>,
    readonly sources: SourceLookup,
    readonly result: LineSink,
  ) {}

  at(record: CsvRecord): this {
    this.record = record;
    this.failed = false;
    return this;
  }

  get line(): number {
    return this.record.line;
  }

  get ok(): boolean {
    return !this.failed;
  }

  has(name: string): boolean {
    return this.index[name] !== undefined;
  }

  column(name: string): string {
    const i = this.index[name];
    return i === undefined ? name : (this.header[i] ?? name);
  }

  cell(name: string): string {
    const i = this.index[name];
    return i === undefined ? "" : (this.record.fields[i] ?? "");
  }

  fail(name: string | null, message: string): null {
    this.failed = true;
    this.result.issues.push({ line: this.record.line, column: name === null ? null : this.column(name), message });
    return null;
  }

  /** Parses a cell, recording a problem under its column when the parser says no. */
  check<T>(name: string, parse: (raw: string) => T | null, message: (raw: string) => string): T | null {
    const raw = this.cell(name);
    const value = parse(raw);
    return value === null ? this.fail(name, message(raw)) : value;
  }
}

const SOURCE_FIELDS = ["publisher", "title", "url", "licence"] as const;

/**
 * An existing source id, or a new one the line declares in full with the
 * source_* columns (cells "source", "publisher", "title", "url", "licence",
 * "methodNote"; the project layout uses the same names).
 */
export function caravanSource(ctx: LineContext): string | null {
  const id = ctx.cell("source");
  if (id === "") return ctx.fail("source", `missing source: every ${ctx.has("projectId") ? "project record" : "figure"} needs a source_id`);
  const given = SOURCE_FIELDS.filter((f) => ctx.cell(f) !== "");
  if (ctx.sources.ids.has(id)) {
    const url = ctx.cell("url");
    const existingUrl = [...ctx.sources.idByUrl].find(([, sid]) => sid === id)?.[0];
    if (url && existingUrl && url !== existingUrl) {
      return ctx.fail("url", `source "${id}" already exists with URL ${existingUrl}; a different source needs a new id`);
    }
    return id;
  }
  if (given.length === 0) {
    return ctx.fail(
      "source",
      `missing source: "${clip(id)}" is not a known source; give its source_publisher, source_title, source_url and source_licence to create it`,
    );
  }
  const missing = SOURCE_FIELDS.filter((f) => ctx.cell(f) === "");
  for (const f of missing) ctx.fail(f, `source "${clip(id)}" is new, so its ${ctx.column(f)} is needed`);
  if (!SOURCE_ID.test(id)) ctx.fail("source", `"${clip(id)}" is not a valid source id (lower-case letters, digits, ".", "_", "-"; 2–64 characters)`);
  const url = ctx.cell("url");
  if (url && !/^https?:\/\/\S+$/.test(url)) ctx.fail("url", `"${clip(url)}" is not an http(s) URL`);
  if (!ctx.ok) return null;
  const declaration: SourceDeclaration = {
    id,
    publisher: ctx.cell("publisher"),
    title: ctx.cell("title"),
    url,
    licence: ctx.cell("licence"),
    methodNote: ctx.cell("methodNote") || null,
  };
  const earlier = ctx.result.declaredSources.get(id);
  if (!earlier) ctx.result.declaredSources.set(id, { source: declaration, line: ctx.line });
  else if (JSON.stringify(earlier.source) !== JSON.stringify(declaration)) {
    return ctx.fail("source", `source "${id}" is described differently on line ${earlier.line}`);
  }
  return id;
}
