"use client";

import { lazy, Suspense } from "react";
import { useInView } from "@/components/charts/use-in-view";
import { evidenceKind, EvidencePlaceholder, type ClaimEvidenceInput } from "./evidence-placeholder";

// The chart, its data and the code that shapes them come only when the chart nears the viewport.
const ClaimEvidenceLoaded = lazy(() => import("./claim-evidence-loaded").then((m) => ({ default: m.ClaimEvidenceLoaded })));

/**
 * A claim's evidence chart. Its figures or records are fetched only once it
 * nears the viewport, so the claims page carries the claims and their verdicts
 * and nothing else; until then a box of the chart's size holds its place.
 */
export function ClaimEvidenceSection({ claim }: { claim: ClaimEvidenceInput }) {
  const kind = evidenceKind(claim);
  const [ref, seen] = useInView<HTMLDivElement>();
  if (!kind) return null;
  const placeholder = <EvidencePlaceholder kind={kind} />;
  return (
    <div ref={ref}>
      {seen ? (
        <Suspense fallback={placeholder}>
          <ClaimEvidenceLoaded claim={claim} kind={kind} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
