import "server-only";

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

// A leading =, +, -, @, tab or CR (or their full-width forms) would make a
// spreadsheet run the text as a formula: such strings get a leading '.
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: RFC 4180 quoting, formula-like text made inert, booleans as
 * true/false, numbers as plain numbers (never formula-escaped). Written out
 * by hand rather than with csv-stringify because its per-field option
 * handling was half the export's time at millions of rows
 * (docs/benchmarks.md); tests/scale/csv-writer.test.ts holds it byte for byte
 * to csv-stringify's output with escape_formulas.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value;
  if (FORMULA_START.has(text[0]!)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Streams rows as RFC 4180 CSV (UTF-8, header row, CRLF line ends). Rows are
 * pulled only as fast as the client reads, in chunks of about 64 kB, so
 * memory stays flat; repeated strings (codes, source titles, URLs) are
 * encoded once.
 */
export function csvResponse<Row>(
  rows: AsyncIterable<Row>,
  columns: CsvColumn<Row>[],
  fileName: string,
  headers: Record<string, string> = {},
): Response {
  const iterator = rows[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const cache = new Map<string, string>();
  const field = (value: string | number | boolean | null | undefined) => {
    if (typeof value !== "string" || value.length > 200) return csvField(value);
    let encoded = cache.get(value);
    if (encoded === undefined) {
      encoded = csvField(value);
      if (cache.size < 50_000) cache.set(value, encoded);
    }
    return encoded;
  };
  let pending = columns.map((c) => field(c.header)).join(",") + "\r\n";
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (pending.length < 65_536) {
          const next = await iterator.next();
          if (next.done) {
            if (pending) controller.enqueue(encoder.encode(pending));
            pending = "";
            controller.close();
            return;
          }
          let line = "";
          for (let i = 0; i < columns.length; i++) line += (i ? "," : "") + field(columns[i]!.value(next.value));
          pending += line + "\r\n";
        }
        controller.enqueue(encoder.encode(pending));
        pending = "";
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, ...headers },
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
