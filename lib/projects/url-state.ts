// The projects page's filters in the URL (?country=KAZ~UZB&sector=renewables&time=2015..2024&theme=oil-gas),
// only values that differ from the defaults. Shared by the server page (nuqs
// createLoader) and the client controls (useQueryStates). Browser-safe.
import { parseAsArrayOf, parseAsStringLiteral } from "nuqs/server";
import { timeRangeParser, type YearRange } from "../core/time-range";
import { CENTRAL_ASIA } from "../core/reference/codes";
import { PROJECT_KINDS, PROJECT_THEMES, SECTORS, STATUSES, type ProjectFilters } from "./vocabulary";

export const projectFilterParsers = {
  country: parseAsArrayOf(parseAsStringLiteral(CENTRAL_ASIA), "~").withDefault([]),
  sector: parseAsArrayOf(parseAsStringLiteral(SECTORS), "~").withDefault([]),
  status: parseAsArrayOf(parseAsStringLiteral(STATUSES), "~").withDefault([]),
  theme: parseAsArrayOf(parseAsStringLiteral(PROJECT_THEMES), "~").withDefault([]),
  kind: parseAsArrayOf(parseAsStringLiteral(PROJECT_KINDS), "~").withDefault([]),
  time: timeRangeParser,
};

export interface ProjectPageFilters {
  country: ProjectFilters["country"] & {};
  sector: ProjectFilters["sector"] & {};
  status: ProjectFilters["status"] & {};
  theme: ProjectFilters["theme"] & {};
  kind: ProjectFilters["kind"] & {};
  time: YearRange;
}

/** Page filters → API filters: an empty list means "all". */
export function toProjectFilters(f: ProjectPageFilters): ProjectFilters {
  const list = <T>(values: T[]) => (values.length ? values : null);
  return {
    country: list(f.country),
    sector: list(f.sector),
    status: list(f.status),
    theme: list(f.theme),
    kind: list(f.kind),
    from: f.time.from,
    to: f.time.to,
  };
}
