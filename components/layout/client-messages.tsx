// Which messages each page sends to the browser, and the provider that sends
// them. The lists name the namespaces the page's client components translate
// with; tests/core/client-messages.test.ts follows every page's imports and
// fails when a client component needs a namespace its page does not send.
import { NextIntlClientProvider, useMessages } from "next-intl";
import type { ReactNode } from "react";
import { pickMessages, type MessageTree } from "@/lib/core/i18n/pick-messages";

/** Client components of the [locale] layout itself (the language switch) and of its error page. */
export const LAYOUT_CLIENT_MESSAGES = ["common.language", "common.error"] as const;

const DASHBOARD = ["charts", "country", "filters", "overview", "reference", "share.ui", "ui.sources", "ui.states"] as const;

export const PAGE_CLIENT_MESSAGES = {
  overview: DASHBOARD,
  country: DASHBOARD,
  mirror: [...DASHBOARD, "mirror"],
  data: ["country", "data", "filters", "overview", "reference", "share.ui", "share.view", "ui.pager", "ui.states"],
  claims: ["charts", "claims", "projects.chart", "reference", "share.ui", "ui.sources", "ui.states"],
  projects: ["charts", "filters", "projects", "reference", "share.ui", "share.view", "ui.pager", "ui.sources", "ui.states"],
  check: ["charts", "checker", "reference", "ui.states", "verdicts"],
  embed: ["charts", "projects.chart", "share", "ui.states"],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessagesPage = keyof typeof PAGE_CLIENT_MESSAGES;

/** Wraps a page's content: its client components get the page's namespaces, and the HTML carries no others. */
export function ClientMessages({ page, children }: { page: ClientMessagesPage; children: ReactNode }) {
  const messages = useMessages() as unknown as MessageTree;
  return <NextIntlClientProvider messages={pickMessages(messages, PAGE_CLIENT_MESSAGES[page])}>{children}</NextIntlClientProvider>;
}
