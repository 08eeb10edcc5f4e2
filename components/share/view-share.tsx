"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SourceRef } from "@/lib/core/sources";
import type { SourceUse } from "@/lib/share/source-uses";
import { CitePanel } from "./cite-panel";

/**
 * "Cite · data package" for a page that is a table rather than a chart
 * (/data, /projects): the citation of the view as it is filtered, and the
 * zip of its CSV, sources and README. `csvHref` is the page's own CSV link;
 * the package takes the same query at its own path.
 */
export function ViewShare({
  title,
  sources,
  uses,
  csvHref,
  packagePath,
}: {
  title: string;
  sources: SourceRef[];
  uses?: SourceUse[];
  csvHref: string;
  packagePath: string;
}) {
  const t = useTranslations("share.view");
  const locale = useLocale();
  const query = new URLSearchParams(csvHref.split("?")[1] ?? "");
  query.delete("format");
  if (locale !== "en") query.set("locale", locale);
  const search = query.toString();
  return (
    <div className="check-actions" role="group" aria-label={t("label")}>
      <CitePanel title={title} sources={sources} uses={uses} />
      <a className="button secondary" href={`${packagePath}${search ? `?${search}` : ""}`} download>
        {t("package")}
      </a>
    </div>
  );
}
