"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { SourceRef } from "@/lib/core/sources";
import type { Citation } from "@/lib/share/citation";
import type { SourceUse } from "@/lib/share/source-uses";
import { CopyText } from "./copy-text";

export interface CitePanelProps {
  /** what the view shows, e.g. "China–Kazakhstan turnover by reporter" */
  title: string;
  /** the sources of the figures shown (the API body's `sources`) */
  sources: SourceRef[];
  /** whose figures each source carried (trade rows' sourceId + reporter); without it each source counts as its publisher's own */
  uses?: SourceUse[];
  /** the view's permalink; the page's own address when absent */
  url?: string;
}

/**
 * The citation builder and the messages it writes in (both languages: a citation names its sources in the
 * reader's language and Caravan in English) are a page's largest piece of script that nobody needs until they
 * press Cite; they load then, or as the reader reaches for the button.
 */
const loadCitation = () => import("@/lib/share/citation");
/** As the reader reaches for the button; a failure here shows when they press it. */
const prefetchCitation = () => void loadCitation().catch(() => undefined);

/**
 * "Cite": a disclosure that opens the citation of the view, the original
 * providers first and Caravan after them with the permalink and today's date,
 * as plain text and as BibTeX, each with a copy button.
 */
export function CitePanel({ title, sources, uses, url }: CitePanelProps) {
  const locale = useLocale();
  const t = useTranslations("share.ui");
  const panelId = useId();
  const [open, setOpen] = useState(false);
  // made when opened: the address and the access date are the reader's, in the browser
  const [citation, setCitation] = useState<Citation | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <div className="cite-panel" style={{ display: "inline-block", verticalAlign: "top" }}>
      <button
        type="button"
        className="button secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onPointerEnter={prefetchCitation}
        onFocus={prefetchCitation}
        onTouchStart={prefetchCitation}
        onClick={() => {
          if (!open) {
            const accessed = new Date();
            const href = url ?? window.location.href;
            setCitation(null);
            setFailed(false);
            loadCitation().then(
              ({ buildCitation }) => setCitation(buildCitation({ title, url: href, accessed, sources, uses, locale })),
              () => setFailed(true),
            );
          }
          setOpen(!open);
        }}
      >
        {t("cite")}
      </button>
      <div id={panelId} hidden={!open} className="panel" style={{ marginTop: "0.4rem", maxWidth: "48rem" }}>
        {open && !citation && (
          <p className="small muted" role="status" style={{ margin: 0 }}>
            {failed ? t("citeFailed") : t("loading")}
          </p>
        )}
        {open && citation && (
          <>
            <p className="small muted" style={{ margin: "0 0 0.3rem" }}>
              {t("citeHelp", { date: citation.accessedText })}
            </p>
            <CopyText label={t("citation")} copyLabel={t("copyCitation")} text={citation.text} rows={4} />
            <CopyText label={t("bibtex")} copyLabel={t("copyBibtex")} text={citation.bibtex} rows={10} />
          </>
        )}
      </div>
    </div>
  );
}
