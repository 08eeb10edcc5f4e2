// Claims judged against reference figures beside the trade and project data
// (a country's GDP), or that no data here can judge (a summit meeting).
// The explanations are in the locale asked for (English by default). Pure and
// browser-safe.
import type { Locale } from "../core/i18n/routing";
import { CENTRAL_ASIA } from "../core/reference/codes";
import type { EventAssertion, GdpAssertion } from "./assertion";
import type { Check, ClaimVerdict, ReferenceData, VerdictFigure } from "./verdict-core";
import { combine, uniqueSourceIds } from "./verdict-core";
import { verdictText, type VerdictText } from "./verdict-text";

const GDP_REPORTER = "IMF-WEO";

function verdict(
  tx: VerdictText,
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
    explanation: tx.sentence(body, v),
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
export function gdpVerdicts(a: GdpAssertion, reference: ReferenceData | undefined, locale?: Locale): ClaimVerdict[] {
  const tx = verdictText(locale);
  const subject = a.partners[0];
  const among = a.among ?? [...CENTRAL_ASIA];
  const rows = (reference?.gdp ?? []).filter((g) => (among as string[]).includes(g.country));
  const years = [...new Set(rows.map((g) => g.year))].filter((y) => among.every((c) => rows.some((g) => g.country === c && g.year === y)));
  const name = (c: string) => tx.country(c);
  if (years.length === 0) {
    const has = [...new Set(rows.map((g) => g.country))];
    const list = tx.list(among.map(name));
    return [
      verdict(
        tx,
        "none",
        tx.t("gdp.noFiguresName"),
        "unknown",
        has.length ? tx.t("gdp.noYearPartial", { among: list, has: tx.list(has.map(name)) }) : tx.t("gdp.noYear", { among: list }),
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
  const list = (countries: typeof inYear) => tx.list(countries.map((g) => tx.t("gdp.item", { country: name(g.country), value: tx.usd(g.valueUsd) })));
  const ranking = largest
    ? tx.t("gdp.ahead", { list: list(others) })
    : tx.t("gdp.behind", { list: list(others.filter((g) => g.valueUsd >= own.valueUsd)) });
  const source = tx.t("gdp.reporterName");
  const body = tx.t("gdp.body", { source, subjectGen: tx.country(subject, "gen"), value: tx.usd(own.valueUsd), year: String(year), ranking });
  return [verdict(tx, GDP_REPORTER, source, largest ? "pass" : "fail", body, figures, year, own.valueUsd)];
}

/** Meetings and summits: no data here records them, so such a claim is never judged, only said to be uncheckable. */
export function eventVerdicts(a: EventAssertion, locale?: Locale): ClaimVerdict[] {
  const tx = verdictText(locale);
  const values = { event: tx.quoted(a.event), year: String(a.year) };
  return [
    verdict(
      tx,
      "none",
      tx.t("event.reporterName"),
      "unknown",
      a.place ? tx.t("event.bodyPlace", { ...values, place: tx.quoted(a.place) }) : tx.t("event.body", values),
      [],
      a.year,
      null,
    ),
  ];
}
