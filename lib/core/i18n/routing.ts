// The interface's languages and how they show in the URL. Browser-safe.
// English keeps today's addresses (/claims); Russian lives under /ru (/ru/claims).
// A language is chosen by the address only: no Accept-Language detection and no
// cookie, so one URL always means one page (the response cache keys on the URL,
// and a shared link opens in the language it was shared in).
// Chinese follows as one more entry here and one more folder in messages/.
import { defineRouting } from "next-intl/routing";

export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The name of each language in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский" };

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  // Alternate-language Link headers would differ per page and add nothing the
  // pages' own <link rel="alternate"> tags do not say.
  alternateLinks: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A requested language, or English when it is none of ours (the [locale] layout answers those with a 404). */
export function resolveLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The language of a page from its [locale] segment. */
export async function paramsLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  return resolveLocale((await params).locale);
}

/** A page path in `locale`: "/claims" for English, "/ru/claims" for Russian; "/?…" and "/#…" become "/ru?…", "/ru#…". */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return /^\/(?=[?#]|$)/.test(path) ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}
