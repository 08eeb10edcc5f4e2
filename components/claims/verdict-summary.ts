import type { Verdict } from "@/lib/claims/verdict-core";

/** The verdicts the summary always counts, even at 0 ("0 contradicted" is an answer too); "not found" only when there is one. */
const ALWAYS: readonly Verdict[] = ["supported", "partly supported", "contradicted", "not checkable with this data"];
const SOMETIMES: readonly Verdict[] = ["not found in the data"];

export interface VerdictCount {
  verdict: Verdict;
  n: number;
}

/**
 * The count of each verdict over every claim's judged verdicts: one per claim
 * and reporter whose figures decide it. A reporter shown beside the side a
 * claim cites ("other side's figure") is not counted, as it is not counted
 * against the claim.
 */
export function verdictSummary(claims: { verdicts: { verdict: Verdict; role: "judged" | "other side" }[] }[]): {
  judged: number;
  counts: VerdictCount[];
} {
  const judged = claims.flatMap((c) => c.verdicts.filter((v) => v.role === "judged"));
  const count = (verdict: Verdict) => judged.filter((v) => v.verdict === verdict).length;
  const counts = [
    ...ALWAYS.map((verdict) => ({ verdict, n: count(verdict) })),
    ...SOMETIMES.map((verdict) => ({ verdict, n: count(verdict) })).filter((c) => c.n > 0),
  ];
  return { judged: judged.length, counts };
}

/** A quote cut to about `max` characters at a word's end, for the table (the whole quote is in the evidence below). */
export function shortQuote(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
