import type { Verdict } from "@/lib/claims/verdicts";

const BADGE_CLASS: Record<Verdict, string> = {
  supported: "supported",
  "partly supported": "partly_supported",
  contradicted: "contradicted",
  "not checkable with this data": "not_checkable",
};

export function VerdictBadge({ verdict, who }: { verdict: Verdict; who: string }) {
  return (
    <span className={`badge ${BADGE_CLASS[verdict]}`} data-verdict={verdict}>
      {who}: {verdict}
    </span>
  );
}
