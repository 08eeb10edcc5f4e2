// A faster IntlMessageFormat.resolveLocale for Caravan's own languages.
//
// use-intl compiles every ICU message (one with an argument, plural or tag)
// into an IntlMessageFormat, whose constructor resolves the locale with
// Intl.NumberFormat.supportedLocalesOf. In Chromium the first such call in a
// page loads the locale data and takes 25–90 ms (measured on this machine,
// unthrottled: about 4× that on Lighthouse's simulated phone), all of it
// inside hydration. For a language Caravan serves the answer is known: the
// locale itself, which Intl.Locale builds in well under a millisecond.
// tests/core/message-locale.test.ts holds it to the library's own answer and
// checks that the copy of intl-messageformat patched here is the one use-intl uses.
import { IntlMessageFormat } from "intl-messageformat";
import { LOCALES } from "./routing";

const libraryResolveLocale = IntlMessageFormat.resolveLocale;
const servedLocales = new Set<string>(LOCALES);

export function resolveMessageLocale(locales: string | string[]): Intl.Locale | undefined {
  const only = typeof locales === "string" ? locales : locales.length === 1 ? locales[0] : undefined;
  if (only !== undefined && servedLocales.has(only) && typeof Intl.Locale === "function") return new Intl.Locale(only);
  return libraryResolveLocale(locales);
}

/** Called once in the browser before hydration (instrumentation-client.ts). */
export function installMessageLocaleResolver(): void {
  IntlMessageFormat.resolveLocale = resolveMessageLocale;
}
