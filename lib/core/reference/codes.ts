// Codes shared by the server, the client and the seed. Safe for the browser.

export const CENTRAL_ASIA = ["KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;
export type PartnerIso3 = (typeof CENTRAL_ASIA)[number];

/** Published region totals ("trade with Central Asia") are stored under this partner code. */
export const REGION_CODE = "CA5";
export type PartnerCode = PartnerIso3 | typeof REGION_CODE;

export const COUNTRIES = [
  { iso3: "CHN", name: "China", isAggregate: false, sortOrder: 0 },
  { iso3: "KAZ", name: "Kazakhstan", isAggregate: false, sortOrder: 1 },
  { iso3: "KGZ", name: "Kyrgyzstan", isAggregate: false, sortOrder: 2 },
  { iso3: "TJK", name: "Tajikistan", isAggregate: false, sortOrder: 3 },
  { iso3: "TKM", name: "Turkmenistan", isAggregate: false, sortOrder: 4 },
  { iso3: "UZB", name: "Uzbekistan", isAggregate: false, sortOrder: 5 },
  { iso3: REGION_CODE, name: "Central Asia (all five)", isAggregate: true, sortOrder: 6 },
] as const;

/**
 * The order of codes (ISO codes, reporter codes, sector slugs): plain code-unit
 * order, which for ASCII letters of one case, digits and hyphens is
 * localeCompare's order (tests/core/compare-codes.test.ts) without its cost in
 * the browser, where the first localeCompare of a page loads the collation data
 * (30–140 ms on this machine) inside hydration.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const COUNTRY_NAMES: Record<string, string> = Object.fromEntries(COUNTRIES.map((c) => [c.iso3, c.name]));

export const FLOWS = ["turnover", "china_exports", "china_imports"] as const;
export type Flow = (typeof FLOWS)[number];

/**
 * Flow names the source files use, turned to China's side: a partner's
 * exports to China are China's imports. Used by the seed and the importer.
 */
export const FLOW_NAMES_TO_CHINAS_SIDE: Record<string, Flow> = {
  turnover: "turnover",
  china_exports_to_partner: "china_exports",
  china_imports_from_partner: "china_imports",
  partner_imports_from_china: "china_exports",
  partner_exports_to_china: "china_imports",
};

export const FLOW_LABELS: Record<Flow, string> = {
  turnover: "Turnover (exports + imports)",
  china_exports: "China's exports to the partner",
  china_imports: "China's imports from the partner",
};

export const REPORTER_KINDS = ["customs", "national_statistics", "organisation", "research_dataset", "unattributed"] as const;

/**
 * Published figures whose page does not say whose statistics they are (and
 * partner-attributed region totals: no national office reports the trade of
 * all five). They are shown in the data table and the API, never as a series.
 */
export const UNSTATED_REPORTER = "UNSTATED";

export const REPORTERS = [
  { code: "CHN", name: "China's customs (GACC)", kind: "customs", countryIso3: "CHN" },
  { code: "KAZ", name: "Kazakhstan's official statistics", kind: "national_statistics", countryIso3: "KAZ" },
  { code: "KGZ", name: "Kyrgyzstan's official statistics", kind: "national_statistics", countryIso3: "KGZ" },
  { code: "TJK", name: "Tajikistan's official statistics", kind: "national_statistics", countryIso3: "TJK" },
  { code: "TKM", name: "Turkmenistan's official statistics", kind: "national_statistics", countryIso3: "TKM" },
  { code: "UZB", name: "Uzbekistan's official statistics", kind: "national_statistics", countryIso3: "UZB" },
  { code: "EDB", name: "Eurasian Development Bank", kind: "organisation", countryIso3: null },
  { code: "COW", name: "COW Trade v4.0 (IMF DOTS-based)", kind: "research_dataset", countryIso3: null },
  { code: UNSTATED_REPORTER, name: "Published figure, side not stated", kind: "unattributed", countryIso3: null },
] as const;
export type ReporterCode = (typeof REPORTERS)[number]["code"];
export const REPORTER_CODES = REPORTERS.map((r) => r.code) as ReporterCode[];
export const REPORTER_NAMES: Record<string, string> = Object.fromEntries(REPORTERS.map((r) => [r.code, r.name]));

/** Short labels for legends and badges. */
export const REPORTER_SHORT_LABELS: Record<ReporterCode, string> = {
  CHN: "China's customs",
  KAZ: "Kazakh side",
  KGZ: "Kyrgyz side",
  TJK: "Tajik side",
  TKM: "Turkmen side",
  UZB: "Uzbek side",
  EDB: "Eurasian Dev. Bank",
  COW: "COW / IMF DOTS",
  UNSTATED: "Side not stated",
};

/**
 * Whether a reporter's figures form a series (a chart line, a verdict, a side
 * of the mirror). False for UNSTATED: its figures come from different,
 * unnamed publishers, so joining them into a line would invent a series.
 */
export function isSeriesReporter(code: string): boolean {
  return code !== UNSTATED_REPORTER;
}

/** A reporter's short label, or its code when it has none. */
export function reporterLabel(code: string): string {
  return REPORTER_SHORT_LABELS[code as ReporterCode] ?? code;
}

export const PERIOD_KINDS = ["full_year", "part_year", "month"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Commodity code of an all-goods total. */
export const ALL_GOODS = "TOTAL";

/** Years the data can hold; a "year" outside this is a mistake, not a figure. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
