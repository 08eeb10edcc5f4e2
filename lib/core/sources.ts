import path from "node:path";
import { readCsvFile } from "./csv-reader";
import { z } from "zod";

/**
 * What a source is: an official or research dataset, a page that publishes
 * the figure itself (press), or a third-party copy of such a page (lowest
 * trust: ranked below every original in prisma/data/sources.csv).
 */
export const SOURCE_KINDS = ["dataset", "press", "copy"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A source as the API shows it beside every figure and record. */
export const sourceRefSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.string().describe("The page or dataset the figure was taken from"),
  licence: z.string(),
  methodNote: z.string().nullable().describe("How the source measures or what was done to its figures"),
  priority: z.number().int().describe("Lower is preferred when one reporter has several figures for the same period and flow"),
  // optional as well as nullable: project sources are read without it, and
  // hand-made SourceRefs (tests, fixtures) need not spell it out
  kind: z
    .enum(SOURCE_KINDS)
    .nullable()
    .optional()
    .describe('dataset, press (the page itself) or copy (a third-party copy of an article: say "copy of …"); null or absent when not stated'),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** A stored kind as the API's type: the database keeps it as text; anything else reads as not stated. */
export function asSourceKind(value: string | null | undefined): SourceKind | null {
  return SOURCE_KINDS.find((k) => k === value) ?? null;
}

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
