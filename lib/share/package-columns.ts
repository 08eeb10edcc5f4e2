// What each column of a data package's data.csv means, for its README. One
// entry per header of the view's CSV columns (lib/<slice>/csv-columns.ts);
// tests/share/package.test.ts fails when a column has no entry here.
import { ALL_GOODS, REGION_CODE, UNSTATED_REPORTER } from "../core/reference/codes";

export const TRADE_COLUMN_NOTES: Record<string, string> = {
  year: "Calendar year of the figure.",
  period: '"2024" for a full year; "2023H1", "2024M1-11" for part-years; "2024M03" for a month.',
  period_kind: "full_year, part_year or month. Never add part-years to full years.",
  partner: `ISO3 of the Central Asian partner (KAZ, KGZ, TJK, TKM, UZB), or ${REGION_CODE} for a published total of all five.`,
  partner_name: "The partner's name.",
  reporter: `Who published the figure: CHN (China's customs), a partner's ISO3 (its own statistics), EDB (Eurasian Development Bank), COW (COW Trade v4.0, IMF DOTS based), ${UNSTATED_REPORTER} (a published figure whose side is not stated).`,
  reporter_name: "The reporter's name.",
  flow: "Seen from China's side: turnover (exports + imports), china_exports (the partner's imports from China), china_imports (the partner's exports to China).",
  commodity: `${ALL_GOODS} for all goods, otherwise the HS code.`,
  value_usd: "The figure in US dollars (not thousands, not millions).",
  source_id: "The source's id; its publisher, title, URL and licence are in sources.csv.",
  source_publisher: "Who published the page or dataset the figure was taken from.",
  source_title: "The title of that page or dataset.",
  source_url: "Where the figure was taken from.",
  derivation: "Set when the figure was computed from other figures of the same source, and how (e.g. exports + imports).",
  note: "A note on this figure, where there is one.",
  revised: "true when an import corrected this figure (its history is at /api/v1/revisions).",
  synthetic: "true for generated benchmark rows; never a real figure (a package holds none unless synthetic=include was asked for).",
  preferred: `true for the figure Caravan's charts use where one reporter has several for the same partner, period, flow and goods; ${UNSTATED_REPORTER} figures are never preferred.`,
};

export const MIRROR_COLUMN_NOTES: Record<string, string> = {
  partner: "ISO3 of the Central Asian partner.",
  partner_name: "The partner's name.",
  year: "Calendar year.",
  period: '"2024" for a full year, or the part-year or month.',
  flow: "Seen from China's side: turnover, china_exports (the partner's imports from China), china_imports (the partner's exports to China).",
  china_value_usd: "China's customs figure in US dollars; empty when China reports none.",
  partner_value_usd: "The partner's own statistics in US dollars; empty when the partner reports none.",
  gap_usd: "China's figure minus the partner's, in US dollars; empty unless both sides report.",
  gap_pct: "The gap as a percentage of the partner's figure.",
  china_source_publisher: "Who published China's figure (see sources.csv).",
  china_source_url: "Where China's figure was taken from.",
  partner_source_publisher: "Who published the partner's figure (see sources.csv).",
  partner_source_url: "Where the partner's figure was taken from.",
};

export const CLAIM_COLUMN_NOTES: Record<string, string> = {
  claim_id: "The claim's id (the anchor of /claims#<id>).",
  quote: "A short quote from the article.",
  location: "Where the quote stands in the article.",
  theme: "The claim's theme: trade, a project theme, economy or diplomacy.",
  comparators:
    'How the claim was checked ("~"-joined): approximately, more_than, record_high, largest_partner, growing, forecast_growth, evidenced, …',
  assertion_json: "The claim in structured form (JSON), as it is judged.",
  reporter: "Whose figures this verdict is judged on: CHN, a partner's ISO3, EDB, COW, IMF-WEO for GDP, or the project record source.",
  reporter_name: "That reporter's name.",
  year: "The year judged, where one.",
  period: 'The period judged: "2024", "2024H1", "2020-2024".',
  value: "US dollars for trade and GDP claims; the number of evidencing records for project claims.",
  unit: "usd or records.",
  verdict:
    "supported, partly supported, contradicted, not checkable with this data, not found in the data, or other side's figure (a reporter the claim does not cite, shown beside it). Computed from the data when the package was made.",
  role: "judged: this reporter's figures decide; other side: shown beside the side the claim cites.",
  explanation: "One sentence with the numbers.",
  figures: "The figures judged, as reporter/partner/period/measure=value@source_id, space-separated.",
  source_urls: "Where those figures were taken from (see sources.csv).",
  data_url: "The Caravan page that shows the evidence.",
};

export const PROJECT_COLUMN_NOTES: Record<string, string> = {
  id: "The record's id.",
  kind: "named (a named project), aei_deal (AEI China Global Investment Tracker deal, no project name), pipeline (Global Energy Monitor).",
  name: "The project's name, where the source gives one.",
  label: "A short label for lists and maps.",
  countries: 'Countries as ISO3, "~"-joined.',
  sector: "Sector.",
  subsector: "Subsector, where known.",
  status: "operational, under-construction, planned, cancelled, mothballed or unknown (AEI deals record the deal, not the project's state).",
  start_year: "Start year, where known.",
  completion_year: "Completion year, where known.",
  planned_completion_year: "Planned completion year, where known.",
  amount_usd: "Amount in US dollars; its basis is in amount_basis. Amounts of different bases are never added up.",
  amount_basis: "What the amount is (deal value, investment, constant 2021 USD, …).",
  chinese_parties: "The Chinese companies or lenders named.",
  latitude: "Latitude (WGS 84), where known.",
  longitude: "Longitude (WGS 84), where known.",
  coord_precision: "How precise the coordinates are.",
  geometry_wkt: "A route or area as WKT (pipelines).",
  themes: 'The article themes the record evidences, "~"-joined.',
  note: "A note on the record.",
  source_id: "The source's id (see sources.csv).",
  source_publisher: "Who published the record.",
  source_url: "Where the record was taken from.",
  other_source_urls: "Other pages about the project, space-separated.",
};
