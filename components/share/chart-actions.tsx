"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useState, useSyncExternalStore } from "react";
import type { SourceRef } from "@/lib/core/sources";
import type { DashboardFilters } from "@/lib/trade/url-state";
import {
  chartFileName,
  chartImagePath,
  chartRefFromDashboard,
  chartTitle,
  embedPath,
  fullViewPath,
  packagePath,
  type ChartRef,
} from "@/lib/share/chart-ref";
import type { SourceUse } from "@/lib/share/source-uses";
import { iframeHtml } from "@/lib/share/embed-code";
import { CitePanel } from "./cite-panel";
import { CopyText } from "./copy-text";

/** Which chart: the trade trend or the reporter gap with the page's filters, or one claim. */
export type ChartActionsTarget = { kind: "trade" | "mirror"; filters: DashboardFilters } | { kind: "claim"; claimId: string };

export type ChartActionsProps = ChartActionsTarget & {
  /** the chart's title, for the citation and the iframe; by default the one its image carries (for a claim, pass `quote` or “quote”) */
  title?: string;
  /** a claim's quote: the title is then the quote in the page's language's quotation marks (“…” / «…») */
  quote?: string;
  /** the sources of the figures shown (the API body's `sources`) */
  sources: SourceRef[];
  /** whose figures each source carried (see CitePanel) */
  uses?: SourceUse[];
};

const noSubscription = () => () => {};

export function chartRefOf(target: ChartActionsTarget): ChartRef {
  return target.kind === "claim" ? { kind: "claim", claimId: target.claimId } : chartRefFromDashboard(target.kind, target.filters);
}

/**
 * The chart's share actions: PNG and SVG images, the embed code, a citation and the data package, for exactly this view,
 * in the page's language: on a /ru page the images and the package's README are Russian, the embed and the permalink /ru pages.
 */
export function ChartActions(props: ChartActionsProps) {
  const locale = useLocale();
  const t = useTranslations("share.ui");
  const ref = chartRefOf(props);
  const title = props.title ?? chartTitle(ref, props.quote, locale);
  const embedId = useId();
  const [embedOpen, setEmbedOpen] = useState(false);
  // the address the reader is at (empty while rendering on the server)
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  return (
    <div
      className="chart-actions"
      role="group"
      aria-label={ref.kind === "claim" ? t("groupLabelClaim", { title }) : t("groupLabel", { title })}
      style={{ display: "flex", flexWrap: "wrap", gap: "0.4rem", alignItems: "flex-start", margin: "0.5rem 0" }}
    >
      <a className="button secondary" href={chartImagePath(ref, "png", locale)} download={chartFileName(ref, "png")}>
        {t("downloadPng")}
      </a>
      <a className="button secondary" href={chartImagePath(ref, "svg", locale)} download={chartFileName(ref, "svg")}>
        {t("downloadSvg")}
      </a>
      <div style={{ display: "inline-block", verticalAlign: "top" }}>
        <button type="button" className="button secondary" aria-expanded={embedOpen} aria-controls={embedId} onClick={() => setEmbedOpen(!embedOpen)}>
          {t("embed")}
        </button>
        <div id={embedId} hidden={!embedOpen} className="panel" style={{ marginTop: "0.4rem", maxWidth: "48rem" }}>
          {embedOpen && origin && (
            <>
              <p className="small muted" style={{ margin: "0 0 0.3rem" }}>
                {t("embedHelp")}
              </p>
              <CopyText
                label={t("embedCode")}
                copyLabel={t("copyEmbedCode")}
                codeLang="en"
                text={iframeHtml(`${origin}${embedPath(ref, locale)}`, title)}
                rows={3}
              />
            </>
          )}
        </div>
      </div>
      <CitePanel title={title} sources={props.sources} uses={props.uses} url={origin ? `${origin}${fullViewPath(ref, locale)}` : undefined} />
      <a className="button secondary" href={packagePath(ref, locale)} download>
        {t("downloadPackage")}
      </a>
    </div>
  );
}
