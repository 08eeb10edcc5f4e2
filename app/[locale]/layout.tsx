import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { LAYOUT_CLIENT_MESSAGES } from "@/components/layout/client-messages";
import { DataFreshnessNote } from "@/components/layout/data-freshness";
import { SiteHeader } from "@/components/layout/site-header";
import { requestOrigin } from "@/components/share/request-origin";
import { pickMessages, type MessageTree } from "@/lib/core/i18n/pick-messages";
import { resolveLocale, routing } from "@/lib/core/i18n/routing";
import { Providers } from "../providers";
import "../globals.css";
import "../styles/claims.css";
import "../styles/projects-check.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// metadataBase from the address the reader used, so link previews (og:image) point where they can be fetched.
export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: resolveLocale(locale), namespace: "common" });
  return {
    metadataBase: new URL(await requestOrigin()),
    title: { default: t("siteTitle"), template: "%s · Caravan" },
    description: t("siteDescription"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });
  // only what the layout's own client components say; each page adds its own (components/layout/client-messages.tsx)
  const clientMessages = pickMessages((await getMessages()) as unknown as MessageTree, LAYOUT_CLIENT_MESSAGES);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader />
          <Providers>
            <main id="main" className="page">
              <DataFreshnessNote />
              {children}
            </main>
          </Providers>
        </NextIntlClientProvider>
        <footer className="site-footer">
          <p>
            {t.rich("footer.text", {
              // JSON from the API, not a page: plain links, not next/link's client navigation
              // eslint-disable-next-line @next/next/no-html-link-for-pages
              sources: (chunks) => <a href="/api/v1/sources">{chunks}</a>,
              api: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a>,
            })}
          </p>
        </footer>
      </body>
    </html>
  );
}
