// Every language's messages. English is the reference shape: a language with a
// missing or extra key fails the typecheck here and tests/core/messages.test.ts.
// Chinese follows as messages/zh/ (the same files) and one line here.
import type { Locale } from "@/lib/core/i18n/routing";
import en from "./en";
import ru from "./ru";

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, ru };
