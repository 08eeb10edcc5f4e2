// Reads the shipped trade files (prisma/data/trade/, copied verbatim from
// their sources) into observations. Units are converted here and only here:
// kusd × 1e3, musd × 1e6, bn × 1e9.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import {
  CENTRAL_ASIA,
  COUNTRIES,
  FLOW_NAMES_TO_CHINAS_SIDE,
  REGION_CODE,
  REPORTERS,
  UNSTATED_REPORTER,
  type Flow,
  type PartnerCode,
  type ReporterCode,
} from "../core/reference/codes";
import type { ObservationInput } from "./observation";
import { parsePeriod } from "../core/period";
import { type SourceRecord } from "../core/source-registry";
import { publishedFigureNote } from "./published-note";

export const TRADE_DATA_DIR = path.resolve("prisma/data/trade");

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return parse(fs.readFileSync(path.join(TRADE_DATA_DIR, file)), { columns: true, skip_empty_lines: true, bom: true });
}

function num(value: string | undefined): number | null {
  if (value === undefined || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

const THOUSAND = 1e3;
const MILLION = 1e6;
const BILLION = 1e9;

/** Rounds away float noise from unit conversion (values are cents at most). */
function usd(value: number, unit: number): number {
  return Math.round(value * unit * 100) / 100;
}

function fullYear(year: number) {
  return { year, period: String(year), periodKind: "full_year" as const };
}

function base(partnerIso3: PartnerCode, reporterCode: ReporterCode, sourceId: string) {
  return { partnerIso3, reporterCode, sourceId, commodity: "TOTAL", derivation: null, note: null };
}

/** Partner-reported series (Kazakhstan, Kyrgyzstan, Uzbekistan national statistics), kusd. */
export function readPartnerReported(sourceIdFor: (reporterIso3: string) => string): ObservationInput[] {
  const out: ObservationInput[] = [];
  for (const row of readCsv("partner_reported_trade_with_china_KAZ_KGZ_UZB.csv")) {
    const iso3 = row.reporter_iso3 as ReporterCode & PartnerCode;
    const year = Number(row.year);
    const sourceId = sourceIdFor(iso3);
    // Seen from China's side: the partner's exports to China are China's imports.
    const flows: [Flow, string | undefined][] = [
      ["china_imports", row.exports_to_china_kusd],
      ["china_exports", row.imports_from_china_kusd],
      ["turnover", row.turnover_kusd],
    ];
    for (const [flow, raw] of flows) {
      const value = num(raw);
      if (value === null) continue;
      out.push({ ...base(iso3, iso3, sourceId), ...fullYear(year), flow, valueUsd: usd(value, THOUSAND) });
    }
  }
  return out;
}

const SUM_OF_FLOWS = "exports + imports, both from this source";
/** COW's flows are each importer's own figure, filled with the exporter's (mirror) figure where the importer reported none. */
const COW_SUM_OF_FLOWS =
  "exports + imports; each flow is the importer's figure, with the exporter's (mirror) figure where the importer reported none";

function withDerivedTurnover(rows: ObservationInput[], derivation: string = SUM_OF_FLOWS): ObservationInput[] {
  const byKey = new Map<string, { exports?: ObservationInput; imports?: ObservationInput }>();
  for (const r of rows) {
    const key = `${r.partnerIso3}|${r.period}|${r.reporterCode}|${r.sourceId}`;
    const entry = byKey.get(key) ?? {};
    if (r.flow === "china_exports") entry.exports = r;
    if (r.flow === "china_imports") entry.imports = r;
    byKey.set(key, entry);
  }
  const derived: ObservationInput[] = [];
  for (const { exports, imports } of byKey.values()) {
    if (!exports || !imports) continue; // a missing side leaves turnover missing
    derived.push({
      ...exports,
      flow: "turnover",
      valueUsd: Math.round((exports.valueUsd + imports.valueUsd) * 100) / 100,
      derivation,
    });
  }
  return [...rows, ...derived];
}

/** Kazakhstan-reported trade via World Bank WITS, kusd; turnover derived. */
export function readWitsKazakhstan(sourceId: string): ObservationInput[] {
  const rows: ObservationInput[] = [];
  for (const row of readCsv("kaz_china_wits_dfshapir_1995_2020.csv")) {
    const year = Number(row.Year);
    const exportsToChina = num(row.kaz_exports_to_china_kusd);
    const importsFromChina = num(row.kaz_imports_from_china_kusd);
    if (exportsToChina !== null) {
      rows.push({ ...base("KAZ", "KAZ", sourceId), ...fullYear(year), flow: "china_imports", valueUsd: usd(exportsToChina, THOUSAND) });
    }
    if (importsFromChina !== null) {
      rows.push({ ...base("KAZ", "KAZ", sourceId), ...fullYear(year), flow: "china_exports", valueUsd: usd(importsFromChina, THOUSAND) });
    }
  }
  return withDerivedTurnover(rows);
}

/** COW Trade v4.0 (IMF DOTS-based), musd, the raw (not smoothed) flows; turnover derived. */
export function readCowTrade(sourceId: string): ObservationInput[] {
  const rows: ObservationInput[] = [];
  for (const row of readCsv("cow_trade_v4_china_centralasia_1992_2014.csv")) {
    const partner = row.ca_iso3 as PartnerCode;
    const year = Number(row.year);
    const caImports = num(row.ca_imports_from_china_musd);
    const chinaImports = num(row.china_imports_from_ca_musd);
    // COW codes a missing flow as -9; that is missing, not a figure.
    if (caImports !== null && caImports >= 0) {
      rows.push({ ...base(partner, "COW", sourceId), ...fullYear(year), flow: "china_exports", valueUsd: usd(caImports, MILLION) });
    }
    if (chinaImports !== null && chinaImports >= 0) {
      rows.push({ ...base(partner, "COW", sourceId), ...fullYear(year), flow: "china_imports", valueUsd: usd(chinaImports, MILLION) });
    }
  }
  return withDerivedTurnover(rows, COW_SUM_OF_FLOWS);
}

/**
 * The reporters whose figures are one country's own statistics. A region total
 * (CA5) is never one of their series: a national office covers only its own
 * trade, so such a figure is a published number whose side is no reporter's.
 */
const NATIONAL_STATISTICS: ReadonlySet<string> = new Set(REPORTERS.filter((r) => r.kind === "national_statistics").map((r) => r.code));

export function unlessRegionTotal(reporter: ReporterCode, partner: PartnerCode): ReporterCode {
  return partner === REGION_CODE && NATIONAL_STATISTICS.has(reporter) ? UNSTATED_REPORTER : reporter;
}

/** Who published a headline figure, from the older file's free-text reporting side. */
export function reporterOfPublishedFigure(reportingSide: string): ReporterCode | null {
  const rules: [RegExp, ReporterCode][] = [
    [/^China\b/, "CHN"],
    [/^Kazakhstan\b/, "KAZ"],
    [/^Kyrgyzstan\b/, "KGZ"],
    [/^Uzbekistan\b/, "UZB"],
    [/^Tajikistan\b/, "TJK"],
    [/^Turkmenistan\b/, "TKM"],
    [/^Eurasian Development Bank\b/, "EDB"],
    // "Central Asian side (Kazakh Deputy PM …)": a minister's figure for all
    // five, which no national office's series holds
    [/^Central Asian side\b/, UNSTATED_REPORTER],
  ];
  return rules.find(([pattern]) => pattern.test(reportingSide))?.[1] ?? null;
}

/**
 * Who published a figure of the newer file, from its `attribution` column
 * (whose statistics the page says the figure is): china = China's customs;
 * partner = the partner's own statistics; unclear = no reporter's series.
 */
export function reporterOfAttribution(attribution: string, partner: PartnerCode): ReporterCode | null {
  if (attribution === "china") return "CHN";
  if (attribution === "unclear") return UNSTATED_REPORTER;
  if (attribution === "partner") return partner === REGION_CODE ? UNSTATED_REPORTER : partner;
  return null;
}

const PARTNER_BY_NAME: Record<string, PartnerCode> = {
  ...Object.fromEntries(COUNTRIES.filter((c) => (CENTRAL_ASIA as readonly string[]).includes(c.iso3)).map((c) => [c.name, c.iso3 as PartnerCode])),
  "Central Asia (5)": REGION_CODE,
};

export interface SkippedRow {
  file: string;
  line: number;
  reason: string;
}

export const PUBLISHED_FIGURES_FILE = "published_figures_with_urls.csv";
export const PUBLISHED_FIGURES_2015_2025_FILE = "published_figures_2015_2025.csv";

/**
 * Headline figures from news and official statements, bn USD, each with its
 * page: the older file (reporter from the free-text side) and the newer one
 * (reporter from `attribution`, the page's own words in `quote`, and
 * `source_kind`, which must agree with the source registry's kind).
 */
export function readPublishedFigures(sourceByUrl: Map<string, SourceRecord>, skipped: SkippedRow[]): ObservationInput[] {
  return [
    ...readPublishedFile(PUBLISHED_FIGURES_FILE, sourceByUrl, skipped, (row) => reporterOfPublishedFigure(row.reporting_side ?? "")),
    ...readPublishedFile(PUBLISHED_FIGURES_2015_2025_FILE, sourceByUrl, skipped, (row, partner) =>
      reporterOfAttribution(row.attribution ?? "", partner),
    ),
  ];
}

function readPublishedFile(
  file: string,
  sourceByUrl: Map<string, SourceRecord>,
  skipped: SkippedRow[],
  reporterOf: (row: Row, partner: PartnerCode) => ReporterCode | null,
): ObservationInput[] {
  const out: ObservationInput[] = [];
  readCsv(file).forEach((row, index) => {
    const line = index + 2;
    const flow = FLOW_NAMES_TO_CHINAS_SIDE[row.indicator ?? ""];
    if (!flow) {
      // e.g. turnover_cny_bn_NOT_USD: yuan, not dollars; never converted here
      skipped.push({ file, line, reason: `indicator "${row.indicator}" is not a USD flow` });
      return;
    }
    const partner = PARTNER_BY_NAME[row.partner_country ?? ""];
    const reporter = partner ? reporterOf(row, partner) : null;
    const period = parsePeriod(row.period ?? "");
    const source = sourceByUrl.get(row.source_url ?? "");
    const value = num(row.value_usd_bn);
    if (!partner || !reporter || !period || !source || value === null) {
      throw new Error(`${file} line ${line}: cannot map partner/reporter/period/source/value`);
    }
    if (row.source_kind !== undefined && row.source_kind !== source.kind) {
      throw new Error(`${file} line ${line}: source_kind "${row.source_kind}" but prisma/data/sources.csv says "${source.kind}" for ${source.id}`);
    }
    out.push({
      partnerIso3: partner,
      reporterCode: unlessRegionTotal(reporter, partner),
      sourceId: source.id,
      commodity: "TOTAL",
      ...period,
      flow,
      valueUsd: usd(value, BILLION),
      derivation: null,
      note: publishedFigureNote({ reportingSide: row.reporting_side ?? "", remark: row.note, quote: row.quote }),
    });
  });
  return out;
}
