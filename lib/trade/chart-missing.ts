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

export function describeMissing(coverage: CoverageEntry[], q: MissingQuery): string[] {
  const messages: string[] = [];
  const range = q.from !== null || q.to !== null ? ` in ${q.from ?? "…"}–${q.to ?? "…"}` : "";
  for (const partner of q.partners) {
    for (const reporter of q.reporters) {
      const code = reporter === "partner" ? partner : reporter;
      for (const flow of q.flows) {
        const entry = coverage.find((c) => c.partner === partner && c.reporter === code && c.flow === flow);
        const who = REPORTER_NAMES[code] ?? code;
        const what = q.flows.length > 1 ? ` (${FLOW_LABELS[flow].toLowerCase()})` : "";
        if (!entry) {
          messages.push(`No ${who} figure for ${COUNTRY_NAMES[partner] ?? partner}${what} in this data set.`);
        } else if ((q.from !== null && entry.lastYear < q.from) || (q.to !== null && entry.firstYear > q.to)) {
          messages.push(
            `No ${who} figure for ${COUNTRY_NAMES[partner] ?? partner}${what}${range} (its figures cover ${entry.firstYear}–${entry.lastYear}).`,
          );
        }
      }
    }
  }
  return messages;
}
