"use client";

import { useTranslations } from "next-intl";
import type { CheckedClaim } from "@/lib/checker/schemas";
import { VERDICT_CLASS } from "@/components/claims/verdict-style";
import { scriptLang, useCheckerLabels } from "./labels";

/** The text with each claim's figure marked, like a spell checker; a mark is a button that opens its evidence. */
export function AnnotatedText({
  text,
  claims,
  selected,
  onSelect,
  language,
}: {
  text: string;
  claims: CheckedClaim[];
  selected: number | null;
  onSelect: (index: number) => void;
  /** the text's language when the reader gave it; otherwise each run is marked by its letters */
  language?: string;
}) {
  const t = useTranslations("checker.mark");
  const label = useCheckerLabels();
  // each run of the text in its own language (the marks' labels are in the page's)
  const piece = (from: number, to: number, key?: string): React.ReactNode => {
    const run = text.slice(from, to);
    const lang = language || scriptLang(run);
    return lang ? (
      <span key={key} lang={lang}>
        {run}
      </span>
    ) : (
      run
    );
  };
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    if (claim.start < at) continue; // overlapping spans: the first one wins the mark
    if (claim.start > at) parts.push(piece(at, claim.start, `t${at}`));
    const worst = claim.verdicts.find((v) => v.verdict === "contradicted") ?? claim.verdicts.find((v) => v.role === "judged") ?? claim.verdicts[0];
    const verdicts = claim.verdicts.map((v) => t("verdict", { reporter: label.reporter(v.reporter), verdict: label.verdict(v.verdict) })).join("; ");
    // the mark's name is its own words (in the text's language) with hidden words around them ("Claim 1: … Show evidence."),
    // so what a reader sees is what a voice-control user says (no aria-label that hides the visible text)
    parts.push(
      <button
        key={claim.index}
        type="button"
        className={`claim-mark ${worst ? VERDICT_CLASS[worst.verdict] : "not_checkable"}${selected === claim.index ? " selected" : ""}`}
        aria-pressed={selected === claim.index}
        onClick={() => onSelect(claim.index)}
        data-claim-index={claim.index}
      >
        <span className="visually-hidden">{t("prefix", { n: claim.index + 1 })}</span>
        {piece(claim.start, claim.end)}
        <sup aria-hidden="true">{claim.index + 1}</sup>
        <span className="visually-hidden">{t("suffix", { verdicts })}</span>
      </button>,
    );
    at = claim.end;
  }
  if (at < text.length) parts.push(piece(at, text.length, `t${at}`));
  return (
    <div className="annotated-text" data-testid="annotated-text">
      {parts}
    </div>
  );
}
