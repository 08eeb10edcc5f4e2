import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { z } from "zod";

/** A source as the API shows it beside every figure and record. */
export const sourceRefSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.string().describe("The page or dataset the figure was taken from"),
  licence: z.string(),
  methodNote: z.string().nullable().describe("How the source measures or what was done to its figures"),
  priority: z.number().int().describe("Lower is preferred when one reporter has several figures for the same period and flow"),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** A source as prisma/data/sources.csv lists it: the one place the shipped sources are described. */
export interface SourceRecord {
  id: string;
  publisher: string;
  title: string;
  url: string;
  licence: string;
  methodNote: string | null;
  priority: number;
  /** how the seed finds this source: a page URL, or "partner_reported:KAZ", "wits", "cow" */
  match: string;
}

export const SOURCES_FILE = path.resolve("prisma/data/sources.csv");

export function readSources(): SourceRecord[] {
  const rows: Record<string, string>[] = parse(fs.readFileSync(SOURCES_FILE), { columns: true, skip_empty_lines: true });
  return rows.map((row) => ({
    id: row.id!,
    publisher: row.publisher!,
    title: row.title!,
    url: row.url!,
    licence: row.licence!,
    methodNote: row.method_note || null,
    priority: Number(row.priority),
    match: row.match!,
  }));
}
