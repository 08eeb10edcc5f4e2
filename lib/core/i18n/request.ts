// next-intl's request configuration (named in next.config.js): the page's
// language from the [locale] segment, and that language's messages.
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { MESSAGES } from "@/messages";
import { DEFAULT_LOCALE, routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
