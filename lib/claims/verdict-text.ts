// The words of a verdict in the reader's language: the engines (trade-,
// project-, reference-verdict.ts) build each explanation from the ICU
// templates of messages/<locale>/verdicts.json, with the numbers formatted
// for the locale (lib/core/format.ts). English is the default, and the
// English templates reproduce the API's sentences exactly. Another language
// is one more messages file. Pure and browser-safe.
//
// Russian declines nouns: a template names the case it needs in its
// placeholder ({partnersIns}, {countryGen}), and `countries(codes, "ins")`
// gives that form (every form is the plain name in English). Names from the
// data (projects, companies, the text's own words) are quoted with the
// locale's `quoted` template («…» in Russian), so a page can tell them apart.
import { createTranslator } from "next-intl";
import { MESSAGES } from "../../messages";
import { formatUsdBn } from "../core/format";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../core/i18n/routing";
import { parsePeriod } from "../core/period";
import { COUNTRY_NAMES, reporterLabel } from "../core/reference/codes";
import { VERDICT_KEYS, type Verdict } from "./verdict-core";

export type GrammaticalCase = "nom" | "gen" | "dat" | "ins" | "acc";

function translators(locale: Locale) {
  return {
    t: createTranslator({ locale, messages: MESSAGES[locale], namespace: "verdicts" }),
    reference: createTranslator({ locale, messages: MESSAGES[locale], namespace: "reference" }),
  };
}

export type VerdictTranslate = ReturnType<typeof translators>["t"];

export interface VerdictText {
  locale: Locale;
  t: VerdictTranslate;
  /** "supported" / "подтверждается" */
  verdict(v: Verdict): string;
  /** "<body> — <verdict>." */
  sentence(body: string, v: Verdict): string;
  /** "<who>: <body>" */
  withWho(who: string, body: string): string;
  /** a trade reporter's short name: "China's customs" / "Таможня Китая" */
  reporter(code: string): string;
  /** a country (or CA5) in a case */
  country(code: string, grammaticalCase?: GrammaticalCase): string;
  /** the partners of a claim: "all five countries", or the countries joined by "and" */
  partners(codes: readonly string[], region: boolean, grammaticalCase?: GrammaticalCase): string;
  /** items joined by ", " */
  list(items: string[]): string;
  /** items joined by "; " */
  clauses(items: string[]): string;
  /** items joined by " and " */
  and(items: string[]): string;
  /** a name from the data, as it is written there */
  quoted(name: string): string;
  usd(valueUsd: number, digits?: number): string;
  /** a number written in JavaScript's form ("0.2", "12") in the locale's digits */
  decimal(text: string): string;
  /** "0.2%" / "0,2 %" from the number's digits */
  pct(text: string): string;
  /** a period label ("2024", "2024H1", "2020-2024") as a reader says it */
  period(label: string): string;
  /** a period in a list or a path: a full year as its bare number */
  periodShort(label: string): string;
  /** the part of a year a series is made of ("H1", "M1-11") */
  part(part: string): string;
  /** years as runs ("2013, 2016–2018"), as a coverage */
  coverage(yearsAsRuns: string): string;
  /** years as runs, in a list of years */
  years(yearsAsRuns: string): string;
}

const cache = new Map<Locale, VerdictText>();

/** The verdict words of `locale` (English when absent or unknown). One per locale, so its ICU messages are parsed once. */
export function verdictText(locale: Locale = DEFAULT_LOCALE): VerdictText {
  const key = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let text = cache.get(key);
  if (!text) cache.set(key, (text = makeVerdictText(key)));
  return text;
}

function makeVerdictText(locale: Locale): VerdictText {
  const { t, reference } = translators(locale);
  const english = locale === "en";
  // keys made from codes: a code with no message falls back to itself
  type Loose = ((key: string) => string) & { has: (key: string) => boolean };
  const lookup = (translate: typeof t | typeof reference, key: string, fallback: string): string => {
    const loose = translate as unknown as Loose;
    return loose.has(key) ? loose(key) : fallback;
  };
  const country = (code: string, grammaticalCase: GrammaticalCase = "nom"): string => {
    if (english) return COUNTRY_NAMES[code] ?? code;
    if (grammaticalCase === "nom") return lookup(reference, `countries.${code}`, code);
    return lookup(t, `country.${grammaticalCase}.${code}`, code);
  };
  const decimal = (text: string) => (english ? text : text.replace(".", ","));
  const partText = (part: string): string => {
    if (english) return part;
    const m = /^(?:H([12])|Q([1-4])|M(\d{1,2})(?:-(\d{1,2}))?)$/.exec(part);
    if (!m) return part;
    if (m[1]) return t("part.half", { n: m[1] });
    if (m[2]) return t("part.quarter", { n: m[2] });
    if (m[4]) return t("part.months", { from: m[3]!, to: m[4] });
    return t("part.month", { month: m[3]! });
  };
  const periodText = (label: string, short: boolean): string => {
    // English writes the labels as the data does
    if (english) return label;
    const span = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(label);
    if (span) return t("period.span", { from: span[1]!, to: span[2]! });
    const parsed = parsePeriod(label);
    if (!parsed) return label;
    const year = String(parsed.year);
    const rest = label.trim().slice(year.length);
    if (rest === "") return t(short ? "period.yearShort" : "period.year", { year });
    const m = /^(?:H([12])|Q([1-4])|M(\d{1,2})(?:-(\d{1,2}))?)$/.exec(rest);
    if (!m) return label;
    if (m[1]) return t("period.half", { year, n: m[1] });
    if (m[2]) return t("period.quarter", { year, n: m[2] });
    if (m[4]) return t("period.months", { year, from: m[3]!, to: m[4] });
    return t("period.month", { year, month: m[3]! });
  };
  const joined = (items: string[], key: "sep" | "listSep" | "and") => items.join(t(key));
  return {
    locale,
    t,
    verdict: (v) => t(`label.${VERDICT_KEYS[v]}`),
    sentence: (body, v) => t("sentence", { body, verdict: t(`label.${VERDICT_KEYS[v]}`) }),
    withWho: (who, body) => t("withWho", { who, body }),
    reporter: (code) => (english ? reporterLabel(code) : lookup(reference, `reporterShort.${code}`, code)),
    country,
    partners: (codes, region, grammaticalCase = "nom") =>
      region
        ? t(`allFive.${grammaticalCase}`)
        : joined(
            codes.map((c) => country(c, grammaticalCase)),
            "and",
          ),
    list: (items) => joined(items, "listSep"),
    clauses: (items) => joined(items, "sep"),
    and: (items) => joined(items, "and"),
    quoted: (name) => t("quoted", { name }),
    usd: (valueUsd, digits = 2) => formatUsdBn(valueUsd, digits, locale),
    decimal,
    pct: (text) => t("pct", { value: decimal(text) }),
    period: (label) => periodText(label, false),
    periodShort: (label) => periodText(label, true),
    part: partText,
    coverage: (years) => t("period.coverage", { years }),
    years: (years) => t("period.yearsList", { years }),
  };
}
