import "server-only";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * Streams rows as RFC 4180 CSV (UTF-8, header row, CRLF line ends). Strings a
 * spreadsheet would run as a formula (leading =, +, -, @, tab, CR) are
 * prefixed with ' by csv-stringify's escape_formulas; numbers stay numbers.
 * Rows are pulled from the iterator only as fast as the client reads.
 */
export function csvResponse<Row>(
  rows: AsyncIterable<Row>,
  columns: CsvColumn<Row>[],
  fileName: string,
  headers: Record<string, string> = {},
): Response {
  const stringifier = stringify({
    header: true,
    columns: columns.map((c) => c.header),
    escape_formulas: true,
    record_delimiter: "windows",
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
  async function* records() {
    for await (const row of rows) yield columns.map((c) => c.value(row) ?? "");
  }
  const source = Readable.from(records());
  source.on("error", (error) => stringifier.destroy(error));
  source.pipe(stringifier);
  const body = Readable.toWeb(stringifier) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      ...headers,
    },
  });
}

/** A file name that carries the filters, e.g. caravan-trade_KAZ-UZB_2015-2024.csv */
export function csvFileName(resource: string, parts: (string | null | undefined)[]): string {
  const safe = parts.filter((p): p is string => !!p).map((p) => p.replace(/[^A-Za-z0-9_.-]+/g, "-"));
  return `${["caravan-" + resource, ...safe].join("_")}.csv`;
}

/** CSV when asked by format=csv, or by an Accept header that prefers text/csv. */
export function wantsCsv(format: string, request: Request): boolean {
  if (format === "csv") return true;
  const accept = request.headers.get("accept") ?? "";
  return format === "json" && !new URL(request.url).searchParams.has("format") && /^\s*text\/csv/i.test(accept);
}
