"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useInView } from "./use-in-view";

/**
 * A chart's box, sized before anything is drawn (by the .chart-box CSS or the
 * `height` given), so the page never moves when the chart appears. The drawing
 * is mounted, and its code loaded, once the box nears the viewport.
 */
export function ChartFrame({ title, short = false, height, children }: { title: string; short?: boolean; height?: number; children: ReactNode }) {
  const [ref, seen] = useInView<HTMLDivElement>();
  const t = useTranslations("charts");
  return (
    <div
      ref={ref}
      className={short ? "chart-box short" : "chart-box"}
      style={height === undefined ? undefined : { height }}
      role="img"
      aria-label={t("frameLabel", { title })}
    >
      {seen ? children : null}
    </div>
  );
}

/** A chart's place, held at the size of the figure (box and table toggle) it will become, while its data is on the way. */
export function ChartPlaceholder({ short = false, height }: { short?: boolean; height?: number }) {
  const t = useTranslations("charts");
  return (
    // inert: the stand-in can be neither read nor clicked, only seen
    <figure className="chart-figure" inert>
      <div className={short ? "skeleton chart-box short" : "skeleton chart-box"} style={height === undefined ? undefined : { height }} />
      <details className="table-alt">
        <summary>{t("showAsTable")}</summary>
      </details>
    </figure>
  );
}
