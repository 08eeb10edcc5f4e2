import fs from "node:fs";
import { parse } from "csv-parse/sync";

/** One problem in a CSV file. `column` is the header name as written in the file (null: the whole line or file). */
export interface CsvIssue {
  line: number;
  column: string | null;
  message: string;
}

export interface CsvRecord {
  /** 1-based line of the file where the record starts */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  issues: CsvIssue[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

const NEWLINES = /\r\n|\r|\n/g;

/**
 * Reads CSV text into a header and records that keep their line numbers.
 * A record whose field count differs from the header's is reported, not
 * guessed at; a malformed file (an unclosed quote) is one issue at its line.
 */
export function readCsv(text: string): CsvTable {
  let parsed: ParsedRecord[];
  try {
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return { header: [], records: [], issues: [{ line: e.lines ?? 1, column: null, message: `not readable as CSV: ${e.message ?? String(error)}` }] };
  }
  const [first, ...rest] = parsed;
  if (!first) return { header: [], records: [], issues: [{ line: 1, column: null, message: "the file is empty" }] };
  const header = first.record.map((h) => h.trim());
  const issues: CsvIssue[] = [];
  const records: CsvRecord[] = [];
  for (const { record, info } of rest) {
    const spanned = record.reduce((n, field) => n + (field.match(NEWLINES)?.length ?? 0), 0);
    const line = info.lines - spanned;
    if (record.length !== header.length) {
      issues.push({ line, column: null, message: `expected ${header.length} fields as in the header, found ${record.length}` });
      continue;
    }
    records.push({ line, fields: record.map((f) => f.trim()) });
  }
  if (records.length === 0 && issues.length === 0) issues.push({ line: 1, column: null, message: "the file has a header but no data lines" });
  return { header, records, issues };
}

/** Header names compared without case, spaces or punctuation: "Trade Value (US$)" → "tradevalueus". */
export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** A shipped data file as records keyed by its header (the seed's readers; the file is trusted, so no line bookkeeping). */
export function readCsvFile(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true, bom: true });
}

/** The header of CSV text, or null when its first record cannot be read. */
export function readCsvHeader(text: string): string[] | null {
  try {
    const [header] = parse(text, { bom: true, to_line: 1, relax_column_count: true }) as string[][];
    return header ? header.map((h) => h.trim()) : null;
  } catch {
    return null;
  }
}
