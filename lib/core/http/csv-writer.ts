import "server-only";

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * Rows that can also write themselves as CSV text, faster than column by
 * column (lib/trade/csv-export.ts): csvResponse asks renderCsv(columns)
 * first and streams its chunks (whole records, each ending in CRLF, after
 * the header it writes itself); null means these are not columns it renders,
 * and the rows are written one field at a time as usual.
 */
export interface SelfRenderingRows<Row> extends AsyncIterable<Row> {
  renderCsv(columns: readonly CsvColumn<Row>[]): AsyncIterable<string> | null;
}

function isSelfRendering<Row>(rows: AsyncIterable<Row>): rows is SelfRenderingRows<Row> {
  return typeof (rows as Partial<SelfRenderingRows<Row>>).renderCsv === "function";
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
  const encoder = new TextEncoder();
  const header = columns.map((c) => csvField(c.header)).join(",") + "\r\n";
  const rendered = isSelfRendering(rows) ? rows.renderCsv(columns) : null;
  const body = rendered ? renderedBody(header, rendered, encoder) : fieldByFieldBody(header, rows, columns, encoder);
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, ...headers },
  });
}

/** Text the rows wrote themselves. */
function renderedBody(header: string, text: AsyncIterable<string>, encoder: TextEncoder): ReadableStream<Uint8Array> {
  const iterator = text[Symbol.asyncIterator]();
  return textBody(
    header,
    encoder,
    async () => {
      const next = await iterator.next();
      return next.done ? null : next.value;
    },
    iterator,
  );
}

function fieldByFieldBody<Row>(
  header: string,
  rows: AsyncIterable<Row>,
  columns: CsvColumn<Row>[],
  encoder: TextEncoder,
): ReadableStream<Uint8Array> {
  const iterator = rows[Symbol.asyncIterator]();
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
  return textBody(
    header,
    encoder,
    async () => {
      const next = await iterator.next();
      if (next.done) return null;
      let line = "";
      for (let i = 0; i < columns.length; i++) line += (i ? "," : "") + field(columns[i]!.value(next.value));
      return line + "\r\n";
    },
    iterator,
  );
}

/** Pulls text until about 64 kB are pending, then sends them as one UTF-8 chunk: only as fast as the client reads. */
function textBody(
  header: string,
  encoder: TextEncoder,
  nextText: () => Promise<string | null>,
  source: AsyncIterator<unknown>,
): ReadableStream<Uint8Array> {
  let pending = header;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (pending.length < 65_536) {
          const text = await nextText();
          if (text === null) {
            if (pending) controller.enqueue(encoder.encode(pending));
            pending = "";
            controller.close();
            return;
          }
          pending += text;
        }
        controller.enqueue(encoder.encode(pending));
        pending = "";
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await source.return?.();
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
