import type { Verdict } from "@/lib/claims/verdict-core";
import { VERDICT_CLASS, VERDICT_SYMBOL } from "./verdict-style";

/** A verdict in words, with a symbol and a colour: never told by colour alone. */
export function VerdictBadge({ verdict, who }: { verdict: Verdict; who: string }) {
  return (
    <span className={`badge ${VERDICT_CLASS[verdict]}`} data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_SYMBOL[verdict]} </span>
      {who}: {verdict}
    </span>
  );
}
