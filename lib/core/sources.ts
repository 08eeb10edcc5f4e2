import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

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
