import type { CsvColumn } from "../core/http/csv-writer";
import { COUNTRY_NAMES, REPORTER_NAMES } from "../core/reference/codes";
import type { MirrorResponse, MirrorRow } from "./mirror";
import type { TradeRowWithSource } from "./queries";
import type { TopCommodityRow } from "./schemas";
import { type SourceRef } from "../core/sources";

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
  { header: "preferred", value: (r) => r.preferred },
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

/** Mirror rows with both sides' sources joined in, for the CSV. */
export async function* mirrorCsvRows(body: () => Promise<MirrorResponse>): AsyncGenerator<MirrorCsvRow> {
  const mirror = await body();
  const sources = new Map(mirror.sources.map((s) => [s.id, s]));
  for (const row of mirror.data) {
    yield {
      ...row,
      chinaSource: row.chinaSourceId ? sources.get(row.chinaSourceId) : undefined,
      partnerSource: row.partnerSourceId ? sources.get(row.partnerSourceId) : undefined,
    };
  }
}

export function filterFileParts(f: {
  partner: string[];
  from: number | null;
  to: number | null;
  flow?: string[];
  reporter?: string[] | null;
  commodity?: string[];
}) {
  const years = f.from !== null || f.to !== null ? `${f.from ?? "start"}-${f.to ?? "latest"}` : null;
  const goods =
    f.commodity?.length && !(f.commodity.length === 1 && f.commodity[0] === "TOTAL") ? `hs-${f.commodity.join("-").replace(/\*/g, "x")}` : null;
  return [f.partner.join("-"), years, f.reporter?.length ? f.reporter.join("-") : null, goods];
}

export const TOP_COMMODITY_CSV_COLUMNS: CsvColumn<TopCommodityRow>[] = [
  { header: "rank", value: (r) => r.rank },
  { header: "commodity", value: (r) => r.commodity },
  { header: "value_usd", value: (r) => r.valueUsd },
  { header: "share_pct", value: (r) => r.sharePct },
  { header: "observations", value: (r) => r.observations },
];
