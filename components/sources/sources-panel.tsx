"use client";

import { Disclosure } from "@/components/layout/disclosure";
import type { SourceRef } from "@/lib/core/sources";

/** Every source behind the figures on the page, with licence and method notes; the list is rendered when opened. */
export function SourcesPanel({ sources }: { sources: SourceRef[] }) {
  if (sources.length === 0) return null;
  return (
    <Disclosure className="panel" summary={<strong>Sources of these figures ({sources.length})</strong>}>
      <ol className="sources-list">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <a href={s.url} rel="noopener noreferrer" target="_blank">
              {s.publisher}: {s.title}
            </a>
            {s.methodNote && <span className="muted"> — {s.methodNote}</span>} <span className="muted">({s.licence})</span>
          </li>
        ))}
      </ol>
    </Disclosure>
  );
}
