// The one entry of npm run import and POST /api/v1/imports: the header says
// whether a file holds trade figures (three layouts) or project records, and
// the matching importer validates and applies it.
import { readCsvHeader } from "../core/csv-reader";
import type { Db } from "../core/db/client";
import { importProjectsCsv } from "../projects/import";
import { importTradeCsv } from "../trade/import";
import { type ImportOptions } from "../core/import/transaction";
import { detectLayout } from "../trade/import-layout";
import type { ImportReport } from "../core/import/types";

/** Whether the first record of the file is a project layout header (an unreadable file goes to the trade importer, which reports it). */
export function isProjectFile(text: string): boolean {
  const header = readCsvHeader(text);
  return header !== null && detectLayout(header) === "projects";
}

export async function importCsv(db: Db, text: string, options: ImportOptions): Promise<ImportReport> {
  return isProjectFile(text) ? importProjectsCsv(db, text, options) : importTradeCsv(db, text, options);
}
