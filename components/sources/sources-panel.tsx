"use client";

import { useTranslations } from "next-intl";
import { Disclosure } from "@/components/layout/disclosure";
import type { SourceRef } from "@/lib/core/sources";

/**
 * Every source behind the figures on the page, with licence and method notes; the list is rendered when opened.
 * Publishers, titles, notes and licences are the sources' own (English) words, marked as such.
 */
export function SourcesPanel({ sources }: { sources: SourceRef[] }) {
  const t = useTranslations("ui.sources");
  if (sources.length === 0) return null;
  return (
    <Disclosure className="panel" summary={<strong>{t("summary", { count: sources.length })}</strong>}>
      <ol className="sources-list">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <a href={s.url} rel="noopener noreferrer" target="_blank" lang="en">
              {s.publisher}: {s.title}
            </a>
            {s.methodNote && (
              <span className="muted">
                {" — "}
                <span lang="en">{s.methodNote}</span>
              </span>
            )}{" "}
            <span className="muted">
              (<span lang="en">{s.licence}</span>)
            </span>
          </li>
        ))}
      </ol>
    </Disclosure>
  );
}
