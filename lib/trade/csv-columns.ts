import type { CsvColumn } from "../api/csv";
import { COUNTRY_NAMES, REPORTER_NAMES } from "../reference/codes";
import type { MirrorRow } from "./mirror";
import type { TradeRowWithSource } from "./queries";
import type { SourceRef, TopCommodityRow } from "./schemas";

/** Every CSV row says where its number came from: source publisher, title and URL ride along. */
export const TRADE_CSV_COLUMNS: CsvColumn<TradeRowWithSource>[] = [
  { header: "year", value: (r) => r.year },
  { header: "period", value: (r) => r.period },
  { header: "period_kind", value: (r) => r.periodKind },
  { header: "partner", value: (r) => r.partner },
  { header: "partner_name", value: (r) => COUNTRY_NAMES[r.partner] },
  { header: "reporter", value: (r) => r.reporter },
  { header: "reporter_name", value: (r) => REPORTER_NAMES[r.reporter] },
  { header: "flow", value: (r) => r.flow },
  { header: "commodity", value: (r) => r.commodity },
  { header: "value_usd", value: (r) => r.valueUsd },
  { header: "source_id", value: (r) => r.sourceId },
  { header: "source_publisher", value: (r) => r.source.publisher },
  { header: "source_title", value: (r) => r.source.title },
  { header: "source_url", value: (r) => r.source.url },
  { header: "derivation", value: (r) => r.derivation },
  { header: "note", value: (r) => r.note },
  { header: "revised", value: (r) => r.revised },
  { header: "synthetic", value: (r) => r.synthetic },
];

export type MirrorCsvRow = MirrorRow & { chinaSource: SourceRef | undefined; partnerSource: SourceRef | undefined };

export const MIRROR_CSV_COLUMNS: CsvColumn<MirrorCsvRow>[] = [
  { header: "partner", value: (r) => r.partner },
  { header: "partner_name", value: (r) => COUNTRY_NAMES[r.partner] },
  { header: "year", value: (r) => r.year },
  { header: "period", value: (r) => r.period },
  { header: "flow", value: (r) => r.flow },
  { header: "china_value_usd", value: (r) => r.chinaValueUsd },
  { header: "partner_value_usd", value: (r) => r.partnerValueUsd },
  { header: "gap_usd", value: (r) => r.gapUsd },
  { header: "gap_pct", value: (r) => r.gapPct },
  { header: "china_source_publisher", value: (r) => r.chinaSource?.publisher },
  { header: "china_source_url", value: (r) => r.chinaSource?.url },
  { header: "partner_source_publisher", value: (r) => r.partnerSource?.publisher },
  { header: "partner_source_url", value: (r) => r.partnerSource?.url },
];

export function filterFileParts(f: {
  partner: string[];
  from: number | null;
  to: number | null;
  flow?: string[];
  reporter?: string[] | null;
  commodity?: string[];
}) {
  const years = f.from !== null || f.to !== null ? `${f.from ?? "start"}-${f.to ?? "latest"}` : null;
  const goods = f.commodity?.length && !(f.commodity.length === 1 && f.commodity[0] === "TOTAL") ? `hs-${f.commodity.join("-").replace(/\*/g, "x")}` : null;
  return [f.partner.join("-"), years, f.reporter?.length ? f.reporter.join("-") : null, goods];
}

export const TOP_COMMODITY_CSV_COLUMNS: CsvColumn<TopCommodityRow>[] = [
  { header: "rank", value: (r) => r.rank },
  { header: "commodity", value: (r) => r.commodity },
  { header: "value_usd", value: (r) => r.valueUsd },
  { header: "share_pct", value: (r) => r.sharePct },
  { header: "observations", value: (r) => r.observations },
];

// A leading =, +, -, @, tab or CR (or their full-width forms) would make a
// spreadsheet run the text as a formula: such strings get a leading '.
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field exactly as lib/api/csv.ts's csv-stringify settings write it
 * (escape_formulas, RFC 4180 quoting, booleans as true/false, numbers as
 * String(n) and never formula-escaped); tests/scale holds the two equal.
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
 * The whole-table export's writer: the same bytes as csvResponse (lib/api/csv.ts)
 * but without csv-stringify's per-field option handling, which was half the
 * export's time at millions of rows (docs/benchmarks.md). Rows are pulled
 * only as fast as the client reads, in chunks of about 64 kB; the repeated
 * strings (codes, source titles and URLs) are encoded once.
 */
export function fastCsvResponse<Row>(
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
