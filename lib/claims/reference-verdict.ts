// Claims judged against reference figures beside the trade and project data
// (a country's GDP), or that no data here can judge (a summit meeting).
// Pure and browser-safe.
import { formatUsdBn } from "../core/format";
import { CENTRAL_ASIA, COUNTRY_NAMES } from "../core/reference/codes";
import type { EventAssertion, GdpAssertion } from "./assertion";
import type { Check, ClaimVerdict, ReferenceData, VerdictFigure } from "./verdict-core";
import { combine, uniqueSourceIds } from "./verdict-core";

const GDP_REPORTER = "IMF-WEO";
const GDP_NAME = "IMF World Economic Outlook";

function verdict(
  reporter: string,
  reporterName: string,
  check: Check,
  body: string,
  figures: VerdictFigure[],
  year: number | null,
  value: number | null,
): ClaimVerdict {
  const v = combine([check]);
  return {
    reporter,
    reporterName,
    year,
    period: year === null ? null : String(year),
    value,
    unit: "usd",
    verdict: v,
    role: "judged",
    explanation: `${body} — ${v}.`,
    figures,
    sourceIds: uniqueSourceIds(figures),
    projectIds: [],
  };
}

/**
 * "The largest economy in Central Asia": nominal GDP of the countries
 * compared, in the latest year that has a figure for every one of them. The
 * sentence says which year that is, since the reference figures may be older
 * than the text.
 */
export function gdpVerdicts(a: GdpAssertion, reference: ReferenceData | undefined): ClaimVerdict[] {
  const subject = a.partners[0];
  const among = a.among ?? [...CENTRAL_ASIA];
  const rows = (reference?.gdp ?? []).filter((g) => (among as string[]).includes(g.country));
  const years = [...new Set(rows.map((g) => g.year))].filter((y) => among.every((c) => rows.some((g) => g.country === c && g.year === y)));
  const name = (c: string) => COUNTRY_NAMES[c] ?? c;
  if (years.length === 0) {
    const has = [...new Set(rows.map((g) => g.country))];
    return [
      verdict(
        "none",
        "No reference figures",
        "unknown",
        `No year here has a GDP figure for every one of ${among.map(name).join(", ")}${has.length ? ` (figures only for ${has.map(name).join(", ")})` : ""}`,
        [],
        null,
        null,
      ),
    ];
  }
  const year = Math.max(...years);
  const inYear = rows.filter((g) => g.year === year).sort((x, y) => y.valueUsd - x.valueUsd);
  const figures: VerdictFigure[] = inYear.map((g) => ({
    measure: "gdp",
    reporter: GDP_REPORTER,
    partner: g.country,
    period: String(year),
    valueUsd: g.valueUsd,
    sourceId: g.sourceId,
  }));
  const own = inYear.find((g) => g.country === subject)!;
  const others = inYear.filter((g) => g.country !== subject);
  const largest = others.every((g) => own.valueUsd > g.valueUsd);
  const list = (countries: typeof inYear) => countries.map((g) => `${name(g.country)} ${formatUsdBn(g.valueUsd)}`).join(", ");
  const ranking = largest ? `ahead of ${list(others)}` : `behind ${list(others.filter((g) => g.valueUsd >= own.valueUsd))}`;
  const body = `${GDP_NAME}: ${name(subject)}'s GDP ${formatUsdBn(own.valueUsd)} in ${year}, ${ranking} (nominal GDP in current US dollars; ${year} is the latest year in this data, not the year the text was written)`;
  return [verdict(GDP_REPORTER, GDP_NAME, largest ? "pass" : "fail", body, figures, year, own.valueUsd)];
}

/** Meetings and summits: no data here records them, so such a claim is never judged, only said to be uncheckable. */
export function eventVerdicts(a: EventAssertion): ClaimVerdict[] {
  return [
    verdict(
      "none",
      "No data on events",
      "unknown",
      `Caravan holds trade figures and project records, not a record of summits or meetings, so whether the ${a.event} took place in ${a.year}${a.place ? ` in ${a.place}` : ""} cannot be checked here`,
      [],
      a.year,
      null,
    ),
  ];
}
