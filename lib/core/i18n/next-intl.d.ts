// Typed message keys and locales for next-intl's t() everywhere.
import type { Messages } from "@/messages";
import type { Locale } from "./routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
