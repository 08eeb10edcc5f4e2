// The source registry, prisma/data/sources.csv: the one place the shipped
// sources are described (publisher, title, URL, licence, method note,
// priority, kind). Read by the seed and the importer; server-side only.
import path from "node:path";
import { readCsvFile } from "./csv-reader";
import { SOURCE_KINDS, type SourceKind } from "./sources";

/** A source as prisma/data/sources.csv lists it: the one place the shipped sources are described. */
export interface SourceRecord {
  id: string;
  publisher: string;
  title: string;
  url: string;
  licence: string;
  methodNote: string | null;
  priority: number;
  /** optional so sources built in code (project seed) need not state it */
  kind?: SourceKind | null;
  /** how the seed finds this source: a page URL, or "partner_reported:KAZ", "wits", "cow" */
  match: string;
}

export const SOURCES_FILE = path.resolve("prisma/data/sources.csv");

export function readSources(): SourceRecord[] {
  const rows = readCsvFile(SOURCES_FILE);
  const sources = rows.map((row, index) => {
    const kind = row.kind as SourceKind;
    if (!SOURCE_KINDS.includes(kind))
      throw new Error(`${SOURCES_FILE} line ${index + 2}: kind "${row.kind}" is not one of ${SOURCE_KINDS.join(", ")}`);
    return {
      id: row.id!,
      publisher: row.publisher!,
      title: row.title!,
      url: row.url!,
      licence: row.licence!,
      methodNote: row.method_note || null,
      priority: Number(row.priority),
      kind,
      match: row.match!,
    };
  });
  // The preferred-figure rule trusts priorities: a copy that outranked an
  // original would make a third-party copy the figure a series uses.
  const lowestOriginal = Math.max(...sources.filter((s) => s.kind !== "copy").map((s) => s.priority));
  const misranked = sources.filter((s) => s.kind === "copy" && s.priority <= lowestOriginal);
  if (misranked.length) {
    throw new Error(
      `${SOURCES_FILE}: copies must rank below every original (priority above ${lowestOriginal}): ${misranked.map((s) => s.id).join(", ")}`,
    );
  }
  return sources;
}

let cached: SourceRecord[] | null = null;

/** The registry's source with this match key ("aei", "gem", "comtrade", …), read once per process. */
export function registeredSource(match: string): SourceRecord {
  cached ??= readSources();
  const source = cached.find((s) => s.match === match);
  if (!source) throw new Error(`${SOURCES_FILE} has no source matching "${match}"`);
  return source;
}

/** A registry source as the database stores it (no match key). */
export function storedSource(match: string): Omit<SourceRecord, "match"> {
  const { match: _match, ...source } = registeredSource(match);
  return source;
}
