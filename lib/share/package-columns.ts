// What each column of a data package's data.csv means, for its README. One
// entry per header of the view's CSV columns (lib/<slice>/csv-columns.ts), in
// every language: the texts live in messages/<locale>/share.json
// (`packageColumns`); tests/share/package.test.ts fails when a column has no
// entry. The column names themselves are the API's and never translated.
import type { Locale } from "../core/i18n/routing";
import { shareMessages } from "./i18n";

export type ColumnNotesView = "trade" | "mirror" | "claims" | "projects";

/** The notes of one view's columns in `locale` (English by default). */
export function columnNotes(view: ColumnNotesView, locale: Locale = "en"): Record<string, string> {
  return shareMessages(locale).packageColumns[view];
}

export const TRADE_COLUMN_NOTES: Record<string, string> = columnNotes("trade");
export const MIRROR_COLUMN_NOTES: Record<string, string> = columnNotes("mirror");
export const CLAIM_COLUMN_NOTES: Record<string, string> = columnNotes("claims");
export const PROJECT_COLUMN_NOTES: Record<string, string> = columnNotes("projects");
