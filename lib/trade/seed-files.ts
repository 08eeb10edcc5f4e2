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
  type Flow,
  type PartnerCode,
  type ReporterCode,
} from "../core/reference/codes";
import type { ObservationInput } from "./observation";
import { parsePeriod } from "../core/period";
import type { SourceRecord } from "../core/sources";

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

function withDerivedTurnover(rows: ObservationInput[]): ObservationInput[] {
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
      derivation: SUM_OF_FLOWS,
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
  return withDerivedTurnover(rows);
}

/** Who published a headline figure, from the file's free-text reporting side. */
export function reporterOfPublishedFigure(reportingSide: string): ReporterCode | null {
  const rules: [RegExp, ReporterCode][] = [
    [/^China\b/, "CHN"],
    [/^Kazakhstan\b|^Central Asian side \(Kazakh/, "KAZ"],
    [/^Kyrgyzstan\b/, "KGZ"],
    [/^Uzbekistan\b/, "UZB"],
    [/^Tajikistan\b/, "TJK"],
    [/^Turkmenistan\b/, "TKM"],
    [/^Eurasian Development Bank\b/, "EDB"],
  ];
  return rules.find(([pattern]) => pattern.test(reportingSide))?.[1] ?? null;
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

/** Headline figures from news and official statements, bn USD, each with its page. */
export function readPublishedFigures(sourceByUrl: Map<string, SourceRecord>, skipped: SkippedRow[]): ObservationInput[] {
  const file = "published_figures_with_urls.csv";
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
    const reporter = reporterOfPublishedFigure(row.reporting_side ?? "");
    const period = parsePeriod(row.period ?? "");
    const source = sourceByUrl.get(row.source_url ?? "");
    const value = num(row.value_usd_bn);
    if (!partner || !reporter || !period || !source || value === null) {
      throw new Error(`${file} line ${line}: cannot map partner/reporter/period/source/value`);
    }
    const note = [`Reported as: ${row.reporting_side}`, row.note].filter(Boolean).join(". ");
    out.push({
      partnerIso3: partner,
      reporterCode: reporter,
      sourceId: source.id,
      commodity: "TOTAL",
      ...period,
      flow,
      valueUsd: usd(value, BILLION),
      derivation: null,
      note,
    });
  });
  return out;
}
