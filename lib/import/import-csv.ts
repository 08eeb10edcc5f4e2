// The one entry of npm run import and POST /api/v1/imports: the header says
// whether a file holds trade figures (three layouts) or project records, and
// the matching importer validates and applies it.
import { parse } from "csv-parse/sync";
import type { Db } from "../core/db/client";
import { importProjectsCsv } from "../projects/import";
import { importTradeCsv } from "../trade/import";
import { type ImportOptions } from "../core/import/transaction";
import { detectLayout } from "../trade/import-layout";
import type { ImportReport } from "../core/import/types";

/** Whether the first record of the file is a project layout header (an unreadable file goes to the trade importer, which reports it). */
export function isProjectFile(text: string): boolean {
  try {
    const [header] = parse(text, { bom: true, to_line: 1, relax_column_count: true }) as string[][];
    return header !== undefined && detectLayout(header.map((h) => h.trim())) === "projects";
  } catch {
    return false;
  }
}

export async function importCsv(db: Db, text: string, options: ImportOptions): Promise<ImportReport> {
  return isProjectFile(text) ? importProjectsCsv(db, text, options) : importTradeCsv(db, text, options);
}
