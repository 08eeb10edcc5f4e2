// The share slice's words in the reader's language, outside React: the chart
// images and embeds, the citation, the data package's README and the link
// previews are made by pure functions (on the server, and in the browser for
// the Cite panel), so they take a locale and read the `share` and `reference`
// messages through next-intl's createTranslator. Only these two namespaces
// are imported, so the browser bundle of the share actions stays small.
// English is the default everywhere: its output is what it was before.
// Browser-safe.
import { createTranslator } from "next-intl";
import enReference from "@/messages/en/reference.json";
import enShare from "@/messages/en/share.json";
import ruReference from "@/messages/ru/reference.json";
import ruShare from "@/messages/ru/share.json";
import { COUNTRY_NAMES, REPORTER_NAMES, reporterLabel } from "../core/reference/codes";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../core/i18n/routing";

export type { Locale };

type ShareMessages = typeof enShare;
type ReferenceMessages = typeof enReference;

const SHARE: Record<Locale, ShareMessages> = { en: enShare, ru: ruShare };
const REFERENCE: Record<Locale, ReferenceMessages> = { en: enReference, ru: ruReference };

/** A locale from anything (a route param, a query value): English unless it names one of ours. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();

function makeTranslator(locale: Locale) {
  // typed by the English messages: every language has the same keys (messages/index.ts checks it)
  const messages: { share: ShareMessages } = { share: SHARE[locale] };
  return createTranslator({ locale, messages, namespace: "share" });
}

/** `t("chart.titleRegion", { flow })` in the locale's words (cached per locale). */
export function shareT(locale: Locale = DEFAULT_LOCALE): ReturnType<typeof makeTranslator> {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

/** The locale's raw messages of the namespace, for lookups by data value (a status, a verdict, a column). */
export function shareMessages(locale: Locale = DEFAULT_LOCALE): ShareMessages {
  return SHARE[locale];
}

function lookup(map: Record<string, string>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** "Kazakhstan" / "Казахстан"; English exactly as the reference codes name it. */
export function countryName(code: string, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) return COUNTRY_NAMES[code] ?? code;
  return lookup(REFERENCE[locale].countries, code) ?? COUNTRY_NAMES[code] ?? code;
}

/** The country after "with" ("с Казахстаном"): Russian needs the instrumental case. */
export function countryWith(code: string, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) return COUNTRY_NAMES[code] ?? code;
  return lookup(SHARE[locale].chart.countryWith, code) ?? countryName(code, locale);
}

/** A reporter's full name: "China's customs (GACC)" / "Таможня Китая (ГТУ КНР)". */
export function reporterName(code: string, locale: Locale = DEFAULT_LOCALE): string | undefined {
  if (locale === DEFAULT_LOCALE) return REPORTER_NAMES[code];
  return lookup(REFERENCE[locale].reporters, code) ?? REPORTER_NAMES[code];
}

/** A reporter's short label, as chart legends name it: "China's customs" / "Таможня Китая". */
export function reporterShort(code: string, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) return reporterLabel(code);
  return lookup(REFERENCE[locale].reporterShort, code) ?? reporterLabel(code);
}

/** A value by data key (a verdict, a status) from one of the namespace's maps, or the key itself. */
export function byKey(map: Record<string, string>, key: string): string {
  return lookup(map, key) ?? key;
}

/** 2025-03-01 → "2025-03-01" in English, "01.03.2025" in Russian (the date an access is cited with). */
export function citedDate(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) return iso;
  const [y, m, d] = iso.split("-");
  return y && m && d ? `${d}.${m}.${y}` : iso;
}
