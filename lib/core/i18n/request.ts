// next-intl's request configuration (named in next.config.js): the page's
// language from the [locale] segment, and that language's messages.
import { getRequestConfig } from "next-intl/server";
import { MESSAGES } from "@/messages";
import { resolveLocale } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = resolveLocale(requested);
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
