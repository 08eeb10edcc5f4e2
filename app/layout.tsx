import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DataFreshnessNote } from "@/components/layout/data-freshness";
import { SiteHeader } from "@/components/layout/site-header";
import { requestOrigin } from "@/components/share/request-origin";
import { Providers } from "./providers";
import "./globals.css";

// metadataBase from the address the reader used, so link previews (og:image) point where they can be fetched.
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(await requestOrigin()),
    title: { default: "Caravan — China–Central Asia trade, checked", template: "%s · Caravan" },
    description: "China–Central Asia trade turnover as each side reports it, checked against what is said about it. Every figure with its source.",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <Providers>
          <main id="main" className="page">
            <DataFreshnessNote />
            {children}
          </main>
        </Providers>
        <footer className="site-footer">
          <p>
            Caravan shows each reporter&apos;s figures separately: China&apos;s customs and the partners&apos; own statistics measure the same trade
            differently. Every figure links to its source; see {/* JSON from the API, not a page: a plain link, not next/link's client navigation */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/api/v1/sources">all sources</a> and the <a href="/api/v1/openapi.json">API</a>.
          </p>
        </footer>
      </body>
    </html>
  );
}
