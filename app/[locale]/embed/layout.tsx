import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

// Embeds are framed by other sites (next.config.js allows framing for
// /embed/* only). The root layout draws the site's header, data note and
// footer around every page; inside a frame they are left out here, so the
// chart alone fills the frame's width.
const EMBED_CSS = `
body:has(.embed-root) > .site-header,
body:has(.embed-root) > .site-footer,
body:has(.embed-root) > .skip-link,
body:has(.embed-root) .freshness { display: none !important; }
body:has(.embed-root) { background: #fff; }
body:has(.embed-root) main.page { max-width: none; min-height: 0; margin: 0; padding: 0.5rem 0.75rem; }
.embed-root .embed-title { font-size: 1.05rem; margin: 0 0 0.2rem; }
.embed-root .embed-subtitle { margin: 0 0 0.4rem; }
.embed-root .embed-notes { margin: 0 0 0.4rem; padding-left: 1.1rem; }
.embed-root .chart-box { height: max(220px, calc(100vh - 11rem)); }
.embed-root .embed-source, .embed-root .embed-link { margin: 0.3rem 0 0; }
`;

export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <div className="embed-root">
      <style>{EMBED_CSS}</style>
      <ClientMessages page="embed">{children}</ClientMessages>
    </div>
  );
}
