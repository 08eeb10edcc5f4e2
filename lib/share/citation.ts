// "Cite this": a citation of a view that names the original data providers
// first (China's customs, the national statistics offices, the Eurasian
// Development Bank, COW, AEI, Global Energy Monitor, … as the source
// registry names them) and Caravan after them, with the permalink and the
// access date; as plain text and as BibTeX. A figure Caravan took from a
// press page is credited to the side that published it (China's customs for
// a CHN figure), with the page as the one it was taken from. Pure and
// browser-safe: the Cite panel builds it in the browser, the data package on
// the server, from the same sources.
import { UNSTATED_REPORTER } from "../core/reference/codes";
import type { SourceRef } from "../core/sources";
import { citedDate, reporterName as reporterNameIn, shareT, type Locale } from "./i18n";
import type { SourceUse } from "./source-uses";

/** Who the figures are from, and the pages they were taken from where those are not the provider's own. */
export interface DataProvider {
  name: string;
  /** publishers of the pages the figures were taken from (press, copies), when not the provider's own dataset */
  via: string[];
  sourceIds: string[];
}

export interface CitationInput {
  /** what the view shows, e.g. "China–Kazakhstan turnover by reporter" */
  title: string;
  /** the view's permalink (absolute) */
  url: string;
  /** the day the reader saw the figures */
  accessed: Date | string;
  sources: SourceRef[];
  /** which reporter each source's figures are; without it every source counts once, as its own publisher */
  uses?: SourceUse[];
  /** the citation's own words (and the providers' names) in this language; English by default */
  locale?: Locale;
}

export interface Citation {
  providers: DataProvider[];
  /** one paragraph: providers, then Caravan, the permalink and the access date */
  text: string;
  /** one @misc entry */
  bibtex: string;
  key: string;
  /** the access date, ISO (2025-03-01) */
  accessed: string;
  /** the access date as the citation writes it: ISO in English, 01.03.2025 in Russian */
  accessedText: string;
}

export const CARAVAN_NAME = "Caravan";
export const CARAVAN_DESCRIPTION = "China–Central Asia trade, checked";

/** The order reporters are named in everywhere: China, the five partners, then the others. */
const REPORTER_ORDER = ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB", "EDB", "COW"];
const rank = (reporter: string | null | undefined) => {
  if (!reporter) return 50;
  const at = REPORTER_ORDER.indexOf(reporter);
  return at >= 0 ? at : reporter === UNSTATED_REPORTER ? 90 : 60;
};

/** A page that carries someone else's figures; a dataset is its publisher's own. */
const isIntermediary = (source: SourceRef) => source.kind === "press" || source.kind === "copy";

/**
 * The providers behind a view, in the order they are named: a dataset's
 * publisher is the provider; a press page or copy carrying a reporter's
 * figures credits that reporter (China's customs, Kazakhstan's official
 * statistics, the Eurasian Development Bank) via the page.
 */
export function dataProviders(sources: readonly SourceRef[], uses?: readonly SourceUse[], locale?: Locale): DataProvider[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const list: SourceUse[] = uses ? [...uses] : sources.map((s) => ({ sourceId: s.id }));
  const providers = new Map<string, DataProvider & { rank: number; priority: number }>();
  const seen = new Set<string>();
  for (const use of list) {
    const source = byId.get(use.sourceId);
    if (!source) continue;
    const key = `${use.sourceId}|${use.reporter ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const reporterName = use.reporter && use.reporter !== UNSTATED_REPORTER ? reporterNameIn(use.reporter, locale) : undefined;
    // a published figure whose side is not stated is credited to its page, and says so
    const credited =
      isIntermediary(source) && reporterName
        ? reporterName
        : use.reporter === UNSTATED_REPORTER
          ? shareT(locale)("citation.sideNotStated", { publisher: source.publisher })
          : source.publisher;
    let provider = providers.get(credited);
    if (!provider) {
      provider = { name: credited, via: [], sourceIds: [], rank: rank(use.reporter), priority: source.priority };
      providers.set(credited, provider);
    }
    provider.rank = Math.min(provider.rank, rank(use.reporter));
    provider.priority = Math.min(provider.priority, source.priority);
    if (!provider.sourceIds.includes(source.id)) provider.sourceIds.push(source.id);
    if (credited === reporterName && !provider.via.includes(source.publisher)) provider.via.push(source.publisher);
  }
  return [...providers.values()]
    .sort((a, b) => a.rank - b.rank || a.priority - b.priority || a.name.localeCompare(b.name))
    .map(({ name, via, sourceIds }) => ({ name, via, sourceIds }));
}

/** "A, B and C" / "A, B и C"; beyond `max`, "and 2 others" / "и ещё 2". */
export function listText(items: string[], max = Infinity, locale?: Locale): string {
  const t = shareT(locale);
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  if (more > 0) shown.push(t("citation.others", { count: more, n: String(more) }));
  return shown.length <= 1 ? (shown[0] ?? "") : t("citation.and", { head: shown.slice(0, -1).join(", "), last: shown[shown.length - 1]! });
}

/** "China's customs (GACC), as published by The Astana Times and WE News English; Correlates of War Project" */
export function providersText(providers: readonly DataProvider[], maxVia = Infinity, locale?: Locale): string {
  const t = shareT(locale);
  return providers.map((p) => (p.via.length ? t("citation.asPublished", { name: p.name, via: listText(p.via, maxVia, locale) }) : p.name)).join("; ");
}

export function isoDate(date: Date | string): string {
  if (typeof date === "string") return date.slice(0, 10);
  return date.toISOString().slice(0, 10);
}

/** Characters that mean something to (La)TeX, written so that they print as themselves. */
const TEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text for a BibTeX field: TeX specials escaped, whitespace (line breaks too) made single spaces. */
export function bibtexEscape(text: string): string {
  return text.replace(/\s+/g, " ").replace(/[\\{}&%$#_~^]/g, (c) => TEX_SPECIALS[c]!);
}

/** A URL field is verbatim to biblatex; only braces would unbalance the entry, so they are percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/\s/g, "%20").replace(/\{/g, "%7B").replace(/\}/g, "%7D");
}

/** Russian letters in Latin (the citation key of a Russian title): BGN/PCGN-like, simplified. */
const CYRILLIC: Record<string, string> = Object.fromEntries(
  [..."абвгдеёжзийклмнопрстуфхцчшщъыьэюя"].map((c, i) => [
    c,
    [
      "a",
      "b",
      "v",
      "g",
      "d",
      "e",
      "e",
      "zh",
      "z",
      "i",
      "y",
      "k",
      "l",
      "m",
      "n",
      "o",
      "p",
      "r",
      "s",
      "t",
      "u",
      "f",
      "kh",
      "ts",
      "ch",
      "sh",
      "shch",
      "",
      "y",
      "",
      "e",
      "yu",
      "ya",
    ][i]!,
  ]),
);
const transliterate = (text: string) => text.replace(/[а-яё]/g, (c) => CYRILLIC[c] ?? "");

function citationKey(title: string, accessed: string): string {
  const slug = transliterate(title.toLowerCase())
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .split("-")
    .slice(0, 6)
    .join("-");
  return `caravan-${slug || "view"}-${accessed}`;
}

export function buildCitation(input: CitationInput): Citation {
  const locale = input.locale;
  const t = shareT(locale);
  const accessed = isoDate(input.accessed);
  const accessedText = citedDate(accessed, locale);
  const providers = dataProviders(input.sources, input.uses, locale);
  const named = providersText(providers, Infinity, locale);
  const text = t("citation.text", {
    providers: named ? `${named}. ` : "",
    caravan: CARAVAN_NAME,
    description: t("citation.description"),
    title: input.title,
    url: input.url,
    date: accessedText,
  });
  const key = citationKey(input.title, accessed);
  const fields: [string, string][] = [
    // each provider a corporate author in its own braces, so that "and" or a comma inside a name never splits it
    ["author", [...providers.map((p) => p.name), CARAVAN_NAME].map((name) => `{${bibtexEscape(name)}}`).join(" and ")],
    ["title", `{${bibtexEscape(input.title)}}`],
    ["howpublished", bibtexEscape(`Compiled by ${CARAVAN_NAME} (${CARAVAN_DESCRIPTION})`)],
    ["publisher", CARAVAN_NAME],
    ["year", accessed.slice(0, 4)],
    ["url", bibtexUrl(input.url)],
    ["urldate", accessed],
    ["note", bibtexEscape(t("citation.note", { providers: named || t("citation.noProviders"), date: accessedText }))],
  ];
  // biblatex hyphenates and sorts by the entry's language; English needs no field
  if (locale && locale !== "en") fields.push(["langid", locale === "ru" ? "russian" : locale]);
  const width = Math.max(...fields.map(([name]) => name.length));
  const bibtex = `@misc{${key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(",\n")}\n}\n`;
  return { providers, text, bibtex, key, accessed, accessedText };
}
