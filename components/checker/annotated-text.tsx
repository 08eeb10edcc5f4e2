"use client";

import type { CheckedClaim } from "@/lib/checker/schemas";
import { reporterLabel } from "@/lib/core/reference/codes";
import { VERDICT_CLASS } from "@/components/claims/verdict-style";

/** The text with each claim's figure marked, like a spell checker; a mark is a button that opens its evidence. */
export function AnnotatedText({
  text,
  claims,
  selected,
  onSelect,
}: {
  text: string;
  claims: CheckedClaim[];
  selected: number | null;
  onSelect: (index: number) => void;
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    if (claim.start < at) continue; // overlapping spans: the first one wins the mark
    if (claim.start > at) parts.push(text.slice(at, claim.start));
    const worst = claim.verdicts.find((v) => v.verdict === "contradicted") ?? claim.verdicts.find((v) => v.role === "judged") ?? claim.verdicts[0];
    parts.push(
      <button
        key={claim.index}
        type="button"
        className={`claim-mark ${worst ? VERDICT_CLASS[worst.verdict] : "not_checkable"}${selected === claim.index ? " selected" : ""}`}
        aria-pressed={selected === claim.index}
        aria-label={`Claim ${claim.index + 1}: ${claim.text}. ${claim.verdicts.map((v) => `${reporterLabel(v.reporter)}: ${v.verdict}`).join("; ")}. Show evidence.`}
        onClick={() => onSelect(claim.index)}
        data-claim-index={claim.index}
      >
        {text.slice(claim.start, claim.end)}
        <sup aria-hidden="true">{claim.index + 1}</sup>
      </button>,
    );
    at = claim.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <div className="annotated-text" data-testid="annotated-text">
      {parts}
    </div>
  );
}
