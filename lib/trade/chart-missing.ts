// Says in words which selected combinations have no figure in the chosen
// years, e.g. "No China's customs figure for Tajikistan in 2000–2010 (its
// figures cover 2022–2024)". Browser-safe.
import { COUNTRY_NAMES, FLOW_LABELS, REPORTER_NAMES, type Flow } from "../core/reference/codes";
import type { CoverageEntry } from "./coverage";

export interface MissingQuery {
  partners: readonly string[];
  /** concrete reporter codes; "partner" is resolved to each partner's own code */
  reporters: readonly string[];
  flows: readonly Flow[];
  from: number | null;
  to: number | null;
}

/** The words of the messages, for a page in another language; English by default. */
export interface MissingWords {
  /** the reporter's full name */
  reporter(code: string): string;
  /** the country as it follows "for" ("по" + dative in Russian) */
  country(iso3: string): string;
  /** " (turnover (exports + imports))": the flow, when several are asked for */
  what(flow: Flow): string;
  /** " in 2000–2010" */
  range(from: string, to: string): string;
  notInData(v: { who: string; country: string; what: string }): string;
  outOfRange(v: { who: string; country: string; what: string; range: string; first: string; last: string }): string;
}

export const ENGLISH_MISSING_WORDS: MissingWords = {
  reporter: (code) => REPORTER_NAMES[code] ?? code,
  country: (iso3) => COUNTRY_NAMES[iso3] ?? iso3,
  what: (flow) => ` (${FLOW_LABELS[flow].toLowerCase()})`,
  range: (from, to) => ` in ${from}–${to}`,
  notInData: ({ who, country, what }) => `No ${who} figure for ${country}${what} in this data set.`,
  outOfRange: ({ who, country, what, range, first, last }) => `No ${who} figure for ${country}${what}${range} (its figures cover ${first}–${last}).`,
};

export function describeMissing(coverage: CoverageEntry[], q: MissingQuery, words: MissingWords = ENGLISH_MISSING_WORDS): string[] {
  const messages: string[] = [];
  const range = q.from !== null || q.to !== null ? words.range(q.from === null ? "…" : String(q.from), q.to === null ? "…" : String(q.to)) : "";
  for (const partner of q.partners) {
    for (const reporter of q.reporters) {
      const code = reporter === "partner" ? partner : reporter;
      for (const flow of q.flows) {
        const entry = coverage.find((c) => c.partner === partner && c.reporter === code && c.flow === flow);
        const who = words.reporter(code);
        const country = words.country(partner);
        const what = q.flows.length > 1 ? words.what(flow) : "";
        if (!entry) {
          messages.push(words.notInData({ who, country, what }));
        } else if ((q.from !== null && entry.lastYear < q.from) || (q.to !== null && entry.firstYear > q.to)) {
          messages.push(words.outOfRange({ who, country, what, range, first: String(entry.firstYear), last: String(entry.lastYear) }));
        }
      }
    }
  }
  return messages;
}
