import { VERDICT_CLASS, VERDICT_SYMBOL } from "@/components/claims/verdict-style";
import type { CheckVerdict } from "@/lib/checker/schemas";
import { useCheckerLabels } from "./labels";

/** A claim's verdict for one reporter, in words with a symbol and a colour. */
export function VerdictChip({ verdict }: { verdict: CheckVerdict }) {
  const label = useCheckerLabels();
  return (
    <span className={`badge ${VERDICT_CLASS[verdict.verdict]}`} data-verdict={verdict.verdict}>
      <span aria-hidden="true">{VERDICT_SYMBOL[verdict.verdict]} </span>
      {label.reporter(verdict.reporter)}: {label.verdict(verdict.verdict)}
    </span>
  );
}
