import type { CsvIssue } from "../csv-reader";
import type { SourceRef } from "../sources";

/** One problem in an import file: a CSV problem, or a value the layout rejects. */
export type ImportIssue = CsvIssue;

/** Trade layouts (caravan, tidy, comtrade) and the project-record layout. */
export const LAYOUTS = ["caravan", "tidy", "comtrade", "projects"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** A source a file declares (documented layout) or implies (Comtrade) that may not exist yet. */
export type SourceDeclaration = Omit<SourceRef, "priority">;

export interface RowChange {
  line: number;
  key: string;
  previousValue: number | null;
  newValue: number;
}

/** A value of one project field as the report shows it (countries and themes as lists). */
export type ProjectFieldValue = string | number | string[] | null;

/** One field of a project record that an import sets to a new value; `field` is the column name of the project layout. */
export interface ProjectFieldChange {
  field: string;
  previous: ProjectFieldValue;
  next: ProjectFieldValue;
}

/** A new or changed project record. For a changed one, `fields` lists each field that differs (a new one lists none). */
export interface ProjectChange {
  line: number;
  projectId: string;
  change: "new" | "changed";
  fields: ProjectFieldChange[];
}

export interface ImportReport {
  fileName: string;
  layout: Layout | null;
  dryRun: boolean;
  /** true when the database was written (never with errors, never in a dry run, never when nothing changed) */
  applied: boolean;
  importId: number | null;
  counts: { rows: number; new: number; changed: number; unchanged: number };
  sourcesCreated: string[];
  /** new and changed trade rows (unchanged ones are only counted); empty for a project file */
  changes: RowChange[];
  /** new and changed project records with the fields that changed; empty for a trade file */
  projectChanges: ProjectChange[];
  errors: ImportIssue[];
}
